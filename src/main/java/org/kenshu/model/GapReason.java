package org.kenshu.model;

/** Why a person counted by a goal has not completed (the people behind the gap). */
public enum GapReason {
    /** Nominated, but not yet assigned to a session. */
    NOT_ASSIGNED,
    /** The session has not ended yet and nothing missed so far. */
    NOT_YET_HELD,
    /** Absent on every day recorded. */
    ABSENT,
    /** Attended some days of the session, not all. */
    PARTIAL,
    /** Late or left early on a day, which this organisation does not count as attended. */
    NOT_COUNTED,
    /** The session is over and no attendance was recorded for the person. */
    NO_RECORD,
    /** The session was cancelled. */
    SESSION_CANCELLED,
    /** In the population of a coverage goal with no enrollment this year. */
    NOT_ENROLLED
}
