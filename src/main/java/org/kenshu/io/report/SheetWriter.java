package org.kenshu.io.report;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one report sheet: title lines, header, rows, then widths, page breaks and page setup. A sheet
 * whose rows are a list is laid out first ({@link SheetLayout}: page breaks, labels carried onto each
 * page); a streaming sheet is written row by row and measured as it goes.
 */
final class SheetWriter {
    private final SXSSFWorkbook wb;
    private final ReportDocument doc;
    private final CellWriter cells;
    private final RowProgress progress;

    SheetWriter(SXSSFWorkbook wb, ReportDocument doc, StyleCache styles, RowProgress progress) {
        this.wb = wb;
        this.doc = doc;
        this.cells = new CellWriter(styles);
        this.progress = progress;
    }

    /** Writes the sheet under {@code name}; returns its number of data rows. */
    long write(ReportSheet sheet, String name) {
        SXSSFSheet sh = wb.createSheet(name);
        return sheet.streaming() ? streaming(sh, sheet) : laidOut(sh, SheetLayout.of(sheet));
    }

    private long laidOut(SXSSFSheet sh, SheetLayout layout) {
        ReportSheet sheet = layout.sheet();
        int r = titles(sh, sheet, layout.titleLines());
        int headerRow = r;
        header(sh, r++, sheet.columns(), layout.headerHeight());
        int first = r;
        for (int i = 0; i < layout.rows().size(); i++) {
            int row = i;
            cells.row(sh, r++, layout.rows().get(i), layout.height(i), sheet.columns(),
                    c -> layout.showsLabel(row, c), c -> layout.startsGroup(row, c));
            if (i < layout.dataRows()) {
                progress.row();
            }
        }
        for (int start : layout.pageStarts()) {
            if (start > 0) {
                sh.setRowBreak(first + start - 1); // POI: the break falls below the given row
            }
        }
        if (sheet.chart() != null) {
            chart(sh, r, sheet, layout.chartOnNewPage());
        }
        finish(sh, sheet, layout.widths(), headerRow);
        return layout.dataRows();
    }

    /** A spacer row, then the chart over rows of its own (a page of its own when the last one is too full). */
    private void chart(SXSSFSheet sh, int r, ReportSheet sheet, boolean newPage) {
        sh.createRow(r).setHeightInPoints((float) Fonts.SPACER_ROW_PT);
        if (newPage) {
            sh.setRowBreak(r);
        }
        for (int k = 1; k <= ReportChart.ROWS; k++) {
            sh.createRow(r + k).setHeightInPoints((float) ReportChart.ROW_PT);
        }
        ChartWriter.draw(wb.getXSSFWorkbook().getSheetAt(wb.getSheetIndex(sh)), sheet.chart(), r + 1,
                sheet.columns().size());
    }

    private long streaming(SXSSFSheet sh, ReportSheet sheet) {
        List<ReportColumn> columns = sheet.columns();
        double[] wrapAt = ColumnWidths.maxWidths(columns);
        ColumnWidths widths = new ColumnWidths(columns);
        double[] headerWidths = widths.widths();
        List<List<String>> titleLines = new java.util.ArrayList<>();
        for (int i = 0; i < sheet.titles().size(); i++) {
            titleLines.add(LineMetrics.titleLines(sheet.titles().get(i), i == 0, headerWidths));
        }
        int r = titles(sh, sheet, titleLines);
        int headerRow = r;
        header(sh, r++, columns, LineMetrics.height(LineMetrics.headerLines(columns, wrapAt), 0));
        CarriedLabels labels = new CarriedLabels(columns.size());
        long count = 0;
        double[] wrapWidths = new double[wrapAt.length];
        for (int c = 0; c < wrapAt.length; c++) {
            wrapWidths[c] = Fonts.wrapWidth(wrapAt[c]);
        }
        for (ReportRow row : sheet.rows()) {
            boolean[] starts = labels.next(row);
            double height;
            if (row.kind().spans()) {
                height = LineMetrics.height(LineMetrics.cellLines(row, columns, widths.widths()), 0);
            } else {
                height = Fonts.rowHeight(measure(row, columns, widths, wrapWidths, starts));
                height = row.kind() == RowKind.NORMAL ? Math.max(sheet.minRowHeight(), height) : height;
            }
            cells.row(sh, r++, row, height, columns, c -> starts[c], c -> starts[c]);
            count++;
            progress.row();
        }
        double[] finalWidths = widths.widths();
        for (ReportRow row : TableLines.after(sheet, count)) {
            double height = LineMetrics.height(LineMetrics.cellLines(row, columns, finalWidths),
                    row.kind() == RowKind.NORMAL ? sheet.minRowHeight() : 0);
            cells.row(sh, r++, row, height, columns, c -> true, c -> true);
        }
        finish(sh, sheet, finalWidths, headerRow);
        return count;
    }

    /**
     * Measures a row in one pass (the hot loop of a 100,000-row sheet): widens columns to their text and
     * returns the most lines a cell needs; text without line breaks that fits is measured once, not split.
     */
    private static int measure(ReportRow row, List<ReportColumn> columns, ColumnWidths widths, double[] wrapWidths,
            boolean[] shown) {
        int lines = 1;
        for (int c = 0; c < columns.size(); c++) {
            ReportCell cell = row.cell(c);
            if (cell instanceof ReportCell.Blank || cell instanceof ReportCell.Continued && !shown[c]) {
                continue;
            }
            String text = cell.display();
            if (text.indexOf('\n') < 0) {
                double w = TextWidth.of(text);
                widths.offer(c, w);
                if (w > wrapWidths[c] && columns.get(c).wrap()) {
                    lines = Math.max(lines, TextWidth.wrap(text, wrapWidths[c]).size());
                }
            } else {
                widths.offer(c, TextWidth.widestLine(text));
                int n = columns.get(c).wrap() ? TextWidth.wrap(text, wrapWidths[c]).size() : text.split("\n", -1).length;
                lines = Math.max(lines, n);
            }
        }
        return lines;
    }

    private int titles(SXSSFSheet sh, ReportSheet sheet, List<List<String>> lines) {
        int r = 0;
        for (int i = 0; i < sheet.titles().size(); i++) {
            Row x = sh.createRow(r++);
            boolean main = i == 0;
            x.setHeightInPoints((float) LineMetrics.titleHeight(lines.get(i), main));
            cells.spanning(sh, x, sheet.titles().get(i), main ? Look.TITLE : Look.SUBTITLE,
                    main ? Align.CENTER : Align.LEFT, sheet.columns().size());
        }
        sh.createRow(r++).setHeightInPoints((float) Fonts.SPACER_ROW_PT);
        return r;
    }

    private void header(SXSSFSheet sh, int r, List<ReportColumn> columns, double height) {
        cells.header(sh.createRow(r), columns, height);
    }

    private void finish(SXSSFSheet sh, ReportSheet sheet, double[] widths, int headerRow) {
        for (int c = 0; c < widths.length; c++) {
            sh.setColumnWidth(c, (int) Math.round(widths[c] * 256));
        }
        PrintSettings.apply(sh, sheet, doc, headerRow);
    }
}
