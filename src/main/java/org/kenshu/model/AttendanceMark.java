package org.kenshu.model;

/** 出欠 for one person on one session day. */
public enum AttendanceMark {
    PRESENT,
    ABSENT,
    LATE,
    LEFT_EARLY,
    EXEMPT
}
