package org.kenshu.service;

import java.time.LocalDate;
import java.util.List;
import org.kenshu.model.SessionStatus;

/**
 * A session of the year's plan as lists show it: course, 回, days (an e-learning session: its first day
 * and {@code periodEnd}), venue, instructor, capacity and nominations.
 */
public record SessionEntry(long sessionId, long courseId, String course, String typeCode, String typeName,
        int sessionNo, List<LocalDate> days, LocalDate periodEnd, String venue, String instructor, Integer capacity,
        int enrolled, SessionStatus status) {

    public SessionEntry {
        days = List.copyOf(days);
    }

    public LocalDate firstDay() {
        return days.isEmpty() ? null : days.getFirst();
    }

    public LocalDate lastDay() {
        if (periodEnd != null) {
            return periodEnd;
        }
        return days.isEmpty() ? null : days.getLast();
    }
}
