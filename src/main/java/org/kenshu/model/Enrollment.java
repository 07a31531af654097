package org.kenshu.model;

import java.time.LocalDate;

/** 指名・申込: one per staff, course and fiscal year; {@code sessionId} null until assigned to a session. */
public record Enrollment(long id, long courseId, int fiscalYear, long staffId, Long sessionId, EnrollmentKind kind,
        EnrollmentStatus status, String statusReason, LocalDate appliedOn, Long importBatchId, int version)
        implements Versioned {

    public static Enrollment nominated(long courseId, int fiscalYear, long staffId, Long sessionId) {
        return new Enrollment(0, courseId, fiscalYear, staffId, sessionId, EnrollmentKind.NOMINATED,
                EnrollmentStatus.ENROLLED, null, null, null, 0);
    }
}
