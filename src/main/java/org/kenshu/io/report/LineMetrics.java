package org.kenshu.io.report;

import java.util.ArrayList;
import java.util.List;

/** The lines of text in each cell of a row and the row's height, for columns of given widths. */
final class LineMetrics {
    private LineMetrics() {
    }

    /**
     * Per cell, the lines it shows; a spanning row has one entry, wrapped at the table width.
     * A column that does not wrap shows one line per line break.
     */
    static List<List<String>> cellLines(ReportRow row, List<ReportColumn> columns, double[] widths) {
        return cellLines(row, columns, widths, c -> true);
    }

    /** As above; a carried label not shown on this row ({@code shown} false) takes no lines. */
    static List<List<String>> cellLines(ReportRow row, List<ReportColumn> columns, double[] widths,
            java.util.function.IntPredicate shown) {
        List<List<String>> lines = new ArrayList<>(columns.size());
        if (row.kind().spans()) {
            lines.add(TextWidth.wrap(row.cell(0).display(), Fonts.wrapWidth(ColumnWidths.sum(widths))));
            return lines;
        }
        for (int i = 0; i < columns.size(); i++) {
            String text = row.cell(i).display();
            if (text.isEmpty() || row.cell(i) instanceof ReportCell.Continued && !shown.test(i)) {
                lines.add(List.of());
            } else if (columns.get(i).wrap()) {
                lines.add(TextWidth.wrap(text, Fonts.wrapWidth(widths[i])));
            } else {
                lines.add(List.of(text.split("\n", -1)));
            }
        }
        return lines;
    }

    static double height(List<List<String>> cellLines, double minHeight) {
        int most = 1;
        for (List<String> l : cellLines) {
            most = Math.max(most, l.size());
        }
        return Math.max(minHeight, Fonts.rowHeight(most));
    }

    /** The header row: each header wrapped in its column. */
    static List<List<String>> headerLines(List<ReportColumn> columns, double[] widths) {
        List<List<String>> lines = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            lines.add(TextWidth.wrap(columns.get(i).header(), Fonts.wrapWidth(widths[i])));
        }
        return lines;
    }

    /** A title line across the table: the first in the title font. */
    static List<String> titleLines(String title, boolean main, double[] widths) {
        double factor = main ? Fonts.TITLE_PT / Fonts.BODY_PT : 1.0;
        return TextWidth.wrap(title, Fonts.wrapWidth(ColumnWidths.sum(widths)) / factor);
    }

    static double titleHeight(List<String> lines, boolean main) {
        double first = main ? Fonts.TITLE_ROW_PT : Fonts.SUBTITLE_ROW_PT;
        double more = main ? Fonts.TITLE_PT * 1.45 : Fonts.LINE_PT;
        return first + (lines.size() - 1) * more;
    }
}
