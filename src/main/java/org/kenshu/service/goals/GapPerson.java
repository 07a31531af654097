package org.kenshu.service.goals;

import java.time.LocalDate;
import java.util.List;
import org.kenshu.model.GapReason;

/**
 * A person behind a goal's gap: counted but not completed, with where they stand. {@code days} are
 * the dates the reason is about (the absent days, the days late…); {@code enrollmentId} and
 * {@code enrollmentVersion} let the officer move the nomination to a later session.
 */
public record GapPerson(long staffId, String employeeNo, String name, String department, String tier,
        long courseId, String course, Long enrollmentId, int enrollmentVersion, Long sessionId, Integer sessionNo,
        LocalDate firstDay, GapReason reason, List<LocalDate> days) {

    public GapPerson {
        days = List.copyOf(days);
    }
}
