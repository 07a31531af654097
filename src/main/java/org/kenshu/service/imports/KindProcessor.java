package org.kenshu.service.imports;

import java.util.Set;

/** The part of the pipeline that knows one kind of file: which columns identify it, and what a row means. */
interface KindProcessor {
    /** One of these must appear in a sheet's header for the sheet to be read. */
    Set<Column> keyColumns();

    /** A row with all of these blank is not data (a spare numbered line). */
    Set<Column> dataColumns();

    /** Validates a row and writes what it means (inside the run's transaction). */
    void row(ImportRow row);

    /** After every file: whole-file checks (staff missing from a full roster …) and pending writes. */
    void finish();

    /** Called last, after a failure too, before the transaction ends: stops any thread still writing. */
    default void close() {
    }
}
