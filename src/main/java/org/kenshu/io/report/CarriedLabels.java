package org.kenshu.io.report;

/** For a streaming sheet: in each column, whether a carried label starts a new group on this row. */
final class CarriedLabels {
    private final String[] last;
    private final boolean[] starts;

    CarriedLabels(int columns) {
        last = new String[columns];
        starts = new boolean[columns];
    }

    /** Per column: true unless the cell carries on the label of the row above (the array is reused row to row). */
    boolean[] next(ReportRow row) {
        for (int c = 0; c < last.length; c++) {
            if (row.cell(c) instanceof ReportCell.Continued l && !row.kind().spans()) {
                starts[c] = !l.label().equals(last[c]);
                last[c] = l.label();
            } else {
                starts[c] = true;
                last[c] = null;
            }
        }
        return starts;
    }
}
