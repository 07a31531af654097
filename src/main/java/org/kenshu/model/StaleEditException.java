package org.kenshu.model;

/**
 * A row changed (or disappeared) underneath an edit: its stored version is not the one the
 * edit started from. Carries the stored row so the officer can see both values and choose.
 */
public final class StaleEditException extends RuntimeException {
    private final transient Object stored;

    public StaleEditException(String entity, long id, Object stored) {
        super(entity + " #" + id + " was changed by someone else");
        this.stored = stored;
    }

    /** The row as stored now, or {@code null} when it was deleted. */
    public Object stored() {
        return stored;
    }
}
