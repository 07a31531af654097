package org.kenshu.io.report;

/** Where the writer puts a sheet's rows, for a report that writes formulas referring to its own cells. */
public final class SheetRows {
    private SheetRows() {
    }

    /** Excel's row number (1-based) of the first data row: after the title lines, a spacer and the header. */
    public static int firstDataRow(int titleLines) {
        return titleLines + 3;
    }

    /** 0 → A, 25 → Z, 26 → AA. */
    public static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }
}
