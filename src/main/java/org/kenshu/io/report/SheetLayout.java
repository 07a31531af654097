package org.kenshu.io.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A sheet as it prints: column widths from its content, the lines and height of every row, the
 * fit-to-width scale and where pages begin. The Excel writer and the print preview both follow it,
 * so the preview shows the pages Excel prints.
 */
public final class SheetLayout {
    private final ReportSheet sheet;
    private final double[] widths;
    private final List<List<String>> titleLines = new ArrayList<>();
    private final double[] titleHeights;
    private final List<List<String>> headerLines;
    private final double headerHeight;
    private final List<ReportRow> rows;
    private final int dataRows;
    private final List<List<List<String>>> lines = new ArrayList<>();
    private final double[] heights;
    private final double scale;
    private final List<Integer> pageStarts;
    private final Set<Integer> pageStartSet;
    private final double available;

    private SheetLayout(ReportSheet sheet, List<ReportRow> data) {
        this.sheet = sheet;
        this.dataRows = data.size();
        this.rows = new ArrayList<>(data);
        rows.addAll(TableLines.after(sheet, data.size()));
        ColumnWidths measure = new ColumnWidths(sheet.columns());
        data.forEach(measure::measure);
        widths = measure.widths();
        titleHeights = new double[sheet.titles().size()];
        for (int i = 0; i < titleHeights.length; i++) {
            titleLines.add(LineMetrics.titleLines(sheet.titles().get(i), i == 0, widths));
            titleHeights[i] = LineMetrics.titleHeight(titleLines.get(i), i == 0);
        }
        headerLines = LineMetrics.headerLines(sheet.columns(), widths);
        headerHeight = LineMetrics.height(headerLines, 0);
        heights = new double[rows.size()];
        boolean[] keep = new boolean[rows.size()];
        boolean[] breakBefore = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            int row = i;
            lines.add(LineMetrics.cellLines(rows.get(i), sheet.columns(), widths, c -> startsGroup(row, c)));
            heights[i] = measuredHeight(i);
            keep[i] = rows.get(i).keepWithNext();
            breakBefore[i] = rows.get(i).breakBefore();
        }
        double sheetWidth = ColumnWidths.sum(widths) * PageGeometry.POINTS_PER_CHAR;
        scale = PageGeometry.fitScale(sheetWidth, sheet.landscape());
        available = PageGeometry.printableHeightPt(sheet.landscape()) / scale - repeatedHeight();
        List<Integer> starts = Pagination.pageStarts(heights, keep, breakBefore, available);
        // A label carried onto a page's first row may need more lines than the row had: grow it and lay out again.
        for (int round = 0; round < 5 && showLabelsAt(starts); round++) {
            starts = Pagination.pageStarts(heights, keep, breakBefore, available);
        }
        pageStarts = starts;
        pageStartSet = new HashSet<>(pageStarts);
    }

    private double measuredHeight(int i) {
        return LineMetrics.height(lines.get(i), rows.get(i).kind() == RowKind.NORMAL ? sheet.minRowHeight() : 0);
    }

    /** Gives each page's first row its carried labels; true when a row grew. */
    private boolean showLabelsAt(List<Integer> starts) {
        boolean grew = false;
        for (int i : starts) {
            if (i >= rows.size()) {
                continue;
            }
            lines.set(i, LineMetrics.cellLines(rows.get(i), sheet.columns(), widths));
            double h = measuredHeight(i);
            if (h > heights[i]) {
                heights[i] = h;
                grew = true;
            }
        }
        return grew;
    }

    /** Lays out a sheet whose rows are a list (not a streaming sheet: its rows can be read only once). */
    public static SheetLayout of(ReportSheet sheet) {
        if (sheet.streaming()) {
            throw new IllegalArgumentException("a streaming sheet is laid out as it is written: " + sheet.name());
        }
        List<ReportRow> data = new ArrayList<>();
        sheet.rows().forEach(data::add);
        return new SheetLayout(sheet, data);
    }

    public ReportSheet sheet() {
        return sheet;
    }

    public double[] widths() {
        return widths.clone();
    }

    public List<List<String>> titleLines() {
        return titleLines;
    }

    public double titleHeight(int i) {
        return titleHeights[i];
    }

    public List<List<String>> headerLines() {
        return headerLines;
    }

    public double headerHeight() {
        return headerHeight;
    }

    /** Title lines, the spacer and the header: printed at the top of every page. */
    public double repeatedHeight() {
        double h = Fonts.SPACER_ROW_PT + headerHeight;
        for (double t : titleHeights) {
            h += t;
        }
        return h;
    }

    /** Data rows followed by the rows the writer adds (spare rows, the no-data message, notes). */
    public List<ReportRow> rows() {
        return rows;
    }

    public int dataRows() {
        return dataRows;
    }

    public List<List<String>> lines(int row) {
        return lines.get(row);
    }

    public double height(int row) {
        return heights[row];
    }

    public double scale() {
        return scale;
    }

    public List<Integer> pageStarts() {
        return pageStarts;
    }

    /**
     * Whether the sheet's chart (after a spacer row under the table) would not fit on the last page and
     * has to start a page of its own; false when the sheet has no chart.
     */
    public boolean chartOnNewPage() {
        if (sheet.chart() == null) {
            return false;
        }
        double used = 0;
        for (int i = pageStarts.getLast(); i < heights.length; i++) {
            used += heights[i];
        }
        return used + Fonts.SPACER_ROW_PT + sheet.chart().heightPt() > available * Pagination.SAFETY;
    }

    /** A carried label (month, initiative) is shown on its group's first row and on each page's first row. */
    public boolean showsLabel(int row, int column) {
        return pageStartSet.contains(row) || startsGroup(row, column);
    }

    /** False for a carried label's continuation: no rule is drawn above it. */
    public boolean startsGroup(int row, int column) {
        if (!(rows.get(row).cell(column) instanceof ReportCell.Continued c)) {
            return true;
        }
        return row == 0 || !(rows.get(row - 1).cell(column) instanceof ReportCell.Continued p)
                || !p.label().equals(c.label());
    }
}
