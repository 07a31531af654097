package org.kenshu.service.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kenshu.model.AttendanceMark;

/**
 * The year's attendance marks by (session, staff member): per person an array with one mark per day of the
 * session (null where none was recorded). One map of arrays instead of maps of maps: 100,000 marks load fast.
 */
final class MarkTable {
    private final YearSessions year;
    /** session day id → the day's position in its session. */
    private final Map<Long, Integer> dayIndex = new HashMap<>();
    private final Map<Long, Long> daySession = new HashMap<>();
    private final Map<Long, AttendanceMark[]> marks = new HashMap<>();

    MarkTable(YearSessions year) {
        this.year = year;
        for (YearSessions.Entry s : year.ordered()) {
            List<Long> days = year.dayIds(s.id());
            for (int i = 0; i < days.size(); i++) {
                dayIndex.put(days.get(i), i);
                daySession.put(days.get(i), s.id());
            }
        }
    }

    void put(long dayId, long staffId, AttendanceMark mark) {
        Long session = daySession.get(dayId);
        if (session == null) {
            return;
        }
        marks.computeIfAbsent(key(session, staffId), k -> new AttendanceMark[year.dayIds(session).size()])
                [dayIndex.get(dayId)] = mark;
    }

    /** The person's marks day by day, or null when none was recorded for the session. */
    AttendanceMark[] of(long sessionId, long staffId) {
        return marks.get(key(sessionId, staffId));
    }

    /** Mixed so that Long's hash (high ^ low half) does not collide for nearby ids. */
    private static Long key(long sessionId, long staffId) {
        return sessionId * 0x9E3779B97F4A7C15L + staffId;
    }
}
