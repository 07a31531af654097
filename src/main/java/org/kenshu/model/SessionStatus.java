package org.kenshu.model;

/** A session is planned, or cancelled (kept so its nominations stay visible). */
public enum SessionStatus {
    PLANNED,
    CANCELLED
}
