package org.kenshu.service.targets;

import java.time.LocalDate;
import org.kenshu.model.EnrollmentKind;
import org.kenshu.model.EnrollmentStatus;

/** An enrollment of a course as the nominations board lists it (with the version an edit starts from). */
public record Member(long enrollmentId, int version, long staffId, String employeeNo, String name, String department,
        EnrollmentKind kind, EnrollmentStatus status, String reason, LocalDate appliedOn, Long sessionId) {
}
