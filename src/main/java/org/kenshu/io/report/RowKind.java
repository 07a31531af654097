package org.kenshu.io.report;

/** What a row is, which decides its look. */
public enum RowKind {
    /** Data. */
    NORMAL,
    /** A total: bold on a light fill. */
    TOTAL,
    /** A heading inside the table (「柱1 人材の育成」): its text spans every column, bold on a light fill. */
    SECTION,
    /** A message in place of the data (「データがありません」): spans every column, centred. */
    MESSAGE,
    /** A line under the table (「※…」): spans every column, without rules. */
    NOTE;

    /** The row's first cell spans the whole table. */
    public boolean spans() {
        return this == SECTION || this == MESSAGE || this == NOTE;
    }
}
