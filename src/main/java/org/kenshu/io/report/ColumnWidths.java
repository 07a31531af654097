package org.kenshu.io.report;

import java.util.List;

/**
 * Column widths from content, measured row by row as rows are written: wide enough for the widest text
 * (and the header) on one line, within each column's range.
 */
final class ColumnWidths {
    private final List<ReportColumn> columns;
    private final double[] widest;

    ColumnWidths(List<ReportColumn> columns) {
        this.columns = columns;
        this.widest = new double[columns.size()];
        for (int i = 0; i < widest.length; i++) {
            widest[i] = TextWidth.widestLine(columns.get(i).header());
        }
    }

    /** Text {@code width} wide was written in {@code column}. */
    void offer(int column, double width) {
        if (width > widest[column]) {
            widest[column] = width;
        }
    }

    void measure(ReportRow row) {
        if (row.kind().spans()) {
            return;
        }
        for (int i = 0; i < widest.length && i < row.cells().size(); i++) {
            String text = row.cells().get(i).display();
            if (!text.isEmpty()) {
                double w = TextWidth.widestLine(text);
                if (w > widest[i]) {
                    widest[i] = w;
                }
            }
        }
    }

    double[] widths() {
        double[] w = new double[widest.length];
        for (int i = 0; i < w.length; i++) {
            ReportColumn c = columns.get(i);
            // Rounded up to a quarter character: never narrower than the text needs.
            w[i] = Math.clamp(Math.ceil(Fonts.widthFor(widest[i]) * 4) / 4.0, c.minWidth(), c.maxWidth());
        }
        return w;
    }

    /** The widths text is wrapped at while widths still grow: the most each column may become. */
    static double[] maxWidths(List<ReportColumn> columns) {
        return columns.stream().mapToDouble(ReportColumn::maxWidth).toArray();
    }

    static double sum(double[] widths) {
        double s = 0;
        for (double w : widths) {
            s += w;
        }
        return s;
    }
}
