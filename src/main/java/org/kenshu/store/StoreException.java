package org.kenshu.store;

import java.nio.file.Path;

/** The database could not be opened; {@link #problem()} says why so the window and CLI can say it in Japanese. */
public final class StoreException extends RuntimeException {
    /** Why opening failed. */
    public enum Problem {
        /** Another Kenshu Workbench (or another program) has the database open. */
        LOCKED,
        /** The database was written by a newer version of the app. */
        NEWER_SCHEMA,
        /** The data folder cannot be created or written. */
        UNWRITABLE,
        /** The file is not a readable H2 database. */
        CORRUPT
    }

    private final Problem problem;
    private final transient Path location;

    public StoreException(Problem problem, Path location, Throwable cause) {
        super(problem + ": " + location, cause);
        this.problem = problem;
        this.location = location;
    }

    public Problem problem() {
        return problem;
    }

    public Path location() {
        return location;
    }
}
