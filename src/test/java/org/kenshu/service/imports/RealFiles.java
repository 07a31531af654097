package org.kenshu.service.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Real spreadsheet files for round trips through the real readers: workbooks written by POI as
 * .xlsx or .xls (either date system), CSV and TSV written by Commons CSV in any encoding, with or
 * without a BOM. A cell value is a String (text cell), a Number (numeric cell, General format), a
 * {@link LocalDate} (a date cell formatted yyyy/m/d) or null (no cell).
 */
final class RealFiles {
    /** A sheet: its name, merged regions, and rows of cell values from row 1. */
    record Sheet(String name, List<CellRangeAddress> merged, List<List<Object>> rows) {
        static Sheet of(String name, List<List<Object>> rows) {
            return new Sheet(name, List.of(), rows);
        }
    }

    private RealFiles() {
    }

    static Path xlsx(Path file, boolean date1904, Sheet... sheets) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            if (date1904) {
                var ct = wb.getCTWorkbook();
                (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
            }
            return write(wb, file, date1904, sheets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path xls(Path file, boolean date1904, Sheet... sheets) {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            if (date1904) {
                ((DateWindow1904Record) wb.getInternalWorkbook().findFirstRecordBySid(DateWindow1904Record.sid))
                        .setWindowing((short) 1);
            }
            return write(wb, file, date1904, sheets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Workbook wb, Path file, boolean date1904, Sheet... sheets) throws IOException {
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d"));
        for (Sheet s : sheets) {
            var sheet = wb.createSheet(s.name());
            for (int r = 0; r < s.rows().size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> values = s.rows().get(r);
                for (int c = 0; c < values.size(); c++) {
                    set(row, c, values.get(c), date, date1904);
                }
            }
            s.merged().forEach(sheet::addMergedRegion);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }

    private static void set(Row row, int column, Object value, CellStyle date, boolean date1904) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        switch (value) {
            case String s -> cell.setCellValue(s);
            case Number n -> cell.setCellValue(n.doubleValue());
            case LocalDate d -> {
                // the serial in the workbook's own date system (HSSF ignores the 1904 flag when converting)
                cell.setCellValue(DateUtil.getExcelDate(d.atStartOfDay(), date1904));
                cell.setCellStyle(date);
            }
            default -> throw new IllegalArgumentException(value.toString());
        }
    }

    /** A CSV (or with a tab delimiter, a TSV), as Excel or another system would save it. */
    static Path csv(Path file, Charset charset, boolean bom, char delimiter, List<List<String>> rows) {
        try (OutputStream out = Files.newOutputStream(file);
                Writer w = new OutputStreamWriter(out, charset.newEncoder())) {
            if (bom) {
                w.write('\uFEFF');
            }
            var format = CSVFormat.EXCEL.builder().setDelimiter(delimiter).get();
            try (CSVPrinter printer = new CSVPrinter(w, format)) {
                for (List<String> row : rows) {
                    printer.printRecord(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static Path csv(Path file, List<List<String>> rows) {
        return csv(file, StandardCharsets.UTF_8, false, ',', rows);
    }
}
