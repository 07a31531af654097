package org.kenshu.service.targets;

/**
 * How people are placed in a course's sessions. Both keep the order they are given (who comes first gets a
 * seat first; the last go to the waiting list) and only differ in which session a person gets.
 */
public enum AssignStrategy {
    /** The earliest session with a free seat. */
    EARLIEST_FIRST,
    /** The session with the fewest people of the same department so far, so no section is emptied on one day. */
    SPREAD_DEPARTMENTS
}
