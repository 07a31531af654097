package org.kenshu.service.reports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading a written report back with POI, cell text as Excel shows it. */
final class Sheets {
    private static final DataFormatter FORMAT = new DataFormatter(java.util.Locale.JAPAN);

    private Sheets() {
    }

    static XSSFWorkbook open(Path file) throws Exception {
        return new XSSFWorkbook(file.toFile());
    }

    static String text(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        Cell c = r == null ? null : r.getCell(column);
        return c == null ? "" : FORMAT.formatCellValue(c);
    }

    /** Each row's cell texts, from {@code firstRow} on (0-based). */
    static List<List<String>> rows(Sheet sheet, int firstRow) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = firstRow; r <= sheet.getLastRowNum(); r++) {
            List<String> cells = new ArrayList<>();
            Row row = sheet.getRow(r);
            for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                cells.add(text(sheet, r, c));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The row (0-based) whose first cells read {@code start}, or -1. */
    static int find(Sheet sheet, String... start) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            boolean match = true;
            for (int c = 0; c < start.length && match; c++) {
                match = text(sheet, r, c).equals(start[c]);
            }
            if (match) {
                return r;
            }
        }
        return -1;
    }
}
