package org.kenshu.service;

/**
 * Attendance of one session: how many were enrolled, completed every day, were absent on a day,
 * and whether the session's last day has passed.
 */
public record SessionAttendance(SessionEntry session, int completed, int absent, int walkIns, boolean held) {

    /** Completed ÷ enrolled, or null when nobody was enrolled. */
    public Double rate() {
        return session.enrolled() == 0 ? null : (double) completed / session.enrolled();
    }
}
