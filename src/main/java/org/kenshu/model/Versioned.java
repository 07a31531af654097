package org.kenshu.model;

/** A row the officer can edit: identified by {@code id}, protected by {@code version} (optimistic locking). */
public interface Versioned {
    /** Database id; 0 for a row not stored yet. */
    long id();

    int version();
}
