package org.kenshu.model;

/** 出欠: one staff member on one session day. */
public record Attendance(long id, long sessionDayId, long staffId, AttendanceMark mark, String note,
        Long importBatchId, int version) implements Versioned {

    public static Attendance of(long sessionDayId, long staffId, AttendanceMark mark) {
        return new Attendance(0, sessionDayId, staffId, mark, null, null, 0);
    }
}
