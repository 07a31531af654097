package org.kenshu.model;

/** Where an enrollment stands: enrolled (in a session or waiting for one), waitlisted, exempt (免除), declined, cancelled. */
public enum EnrollmentStatus {
    ENROLLED,
    WAITLISTED,
    EXEMPT,
    DECLINED,
    CANCELLED
}
