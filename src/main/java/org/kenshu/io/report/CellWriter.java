package org.kenshu.io.report;

import java.util.List;
import java.util.function.IntPredicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/** Writes one row of a report into a streaming sheet: values, styles from the cache, height. */
final class CellWriter {
    private final StyleCache styles;

    CellWriter(StyleCache styles) {
        this.styles = styles;
    }

    /**
     * @param showLabel whether a carried label is shown in a column on this row
     * @param ruleAbove whether the column's cell has a rule above it (not under its carried label)
     */
    void row(SXSSFSheet sh, int index, ReportRow row, double height, List<ReportColumn> columns,
            IntPredicate showLabel, IntPredicate ruleAbove) {
        Row x = sh.createRow(index);
        x.setHeightInPoints((float) height);
        Look look = Look.of(row.kind());
        if (row.kind().spans()) {
            spanning(sh, x, row.cell(0).display(), look, row.kind() == RowKind.MESSAGE ? Align.CENTER : Align.LEFT,
                    columns.size());
            return;
        }
        for (int c = 0; c < columns.size(); c++) {
            ReportColumn column = columns.get(c);
            boolean rule = ruleAbove.test(c);
            Cell cell = x.createCell(c);
            switch (row.cell(c)) {
                case ReportCell.Text t -> text(cell, t.value(), look, column, rule);
                case ReportCell.Number n -> {
                    cell.setCellValue(n.value());
                    cell.setCellStyle(styles.get(look, column.align(), false, n.style(), false, rule));
                }
                case ReportCell.Formula f -> {
                    cell.setCellFormula(f.formula());
                    cell.setCellValue(f.value());
                    cell.setCellStyle(styles.get(look, column.align(), false, f.style(), false, rule));
                }
                case ReportCell.Continued l -> text(cell, showLabel.test(c) ? l.label() : null, look, column, rule);
                case ReportCell.Blank b -> text(cell, null, look, column, rule);
            }
        }
    }

    private void text(Cell cell, String value, Look look, ReportColumn column, boolean rule) {
        boolean quoted = FormulaGuard.looksLikeFormula(value);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(styles.get(look, column.align(), column.wrap(), null, quoted, rule));
    }

    /** The header row: column names centred on a grey fill. */
    void header(Row x, List<ReportColumn> columns, double height) {
        x.setHeightInPoints((float) height);
        var style = styles.get(new StyleCache.Key(Look.HEADER, Align.CENTER, true, null, false, true));
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = x.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(style);
        }
    }

    /** A text across the whole table (title, section, message, note). */
    void spanning(SXSSFSheet sh, Row x, String value, Look look, Align align, int columns) {
        var style = styles.get(new StyleCache.Key(look, align, true, null, FormulaGuard.looksLikeFormula(value), true));
        Cell first = x.createCell(0);
        if (value != null && !value.isEmpty()) {
            first.setCellValue(value);
        }
        first.setCellStyle(style);
        for (int c = 1; c < columns; c++) {
            x.createCell(c).setCellStyle(style);
        }
        if (columns > 1) {
            sh.addMergedRegionUnsafe(new CellRangeAddress(x.getRowNum(), x.getRowNum(), 0, columns - 1));
        }
    }
}
