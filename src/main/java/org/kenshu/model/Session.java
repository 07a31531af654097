package org.kenshu.model;

import java.time.LocalDate;

/**
 * 日程・回: one run of a course in a plan (第1回, 第2回 …); its days are {@link SessionDay}s. An
 * e-learning session has one day (the start) and a {@code periodEnd}: completion on any date up to
 * it belongs to the session.
 */
public record Session(long id, long planId, long courseId, int sessionNo, String venue, Long instructorStaffId,
        String instructorName, Integer capacity, LocalDate applicationDeadline, LocalDate periodEnd,
        SessionStatus status, String note, int version) implements Versioned {

    public static Session of(long planId, long courseId, int sessionNo) {
        return new Session(0, planId, courseId, sessionNo, null, null, null, null, null, null, SessionStatus.PLANNED,
                null, 0);
    }
}
