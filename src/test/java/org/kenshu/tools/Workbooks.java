package org.kenshu.tools;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An officer-looking workbook: 游ゴシック, bold shaded headers, thin borders, 「yyyy/m/d」 dates,
 * employee numbers as text, column widths that fit Japanese. Saved with fixed document dates and
 * zip entry times so the same content gives the same bytes.
 */
final class Workbooks implements AutoCloseable {
    static final LocalDateTime STAMP = LocalDateTime.of(2026, 11, 20, 9, 0);

    final XSSFWorkbook wb = new XSSFWorkbook();
    final CellStyle title;
    final CellStyle header;
    final CellStyle text;
    final CellStyle date;
    final CellStyle number;
    final CellStyle plain;
    final CellStyle centered;
    private final Map<Sheet, Map<Integer, Integer>> widths = new HashMap<>();

    Workbooks() {
        Font base = wb.getFontAt(0);
        base.setFontName("游ゴシック");
        base.setFontHeightInPoints((short) 11);
        Font bold = wb.createFont();
        bold.setFontName("游ゴシック");
        bold.setBold(true);
        Font big = wb.createFont();
        big.setFontName("游ゴシック");
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = wb.createCellStyle();
        title.setFont(big);
        plain = wb.createCellStyle();
        header = bordered();
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = bordered();
        text.setDataFormat(wb.createDataFormat().getFormat("@"));
        date = bordered();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d"));
        number = bordered();
        centered = bordered();
        centered.setAlignment(HorizontalAlignment.CENTER);
    }

    private CellStyle bordered() {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    Row row(Sheet sheet, int index) {
        Row r = sheet.getRow(index);
        return r != null ? r : sheet.createRow(index);
    }

    /** A title in column A of {@code rowIndex}, merged across {@code lastCol} when it is above 0. */
    void title(Sheet sheet, int rowIndex, String value, int lastCol, boolean big) {
        Cell c = row(sheet, rowIndex).createCell(0);
        c.setCellValue(value);
        c.setCellStyle(big ? title : plain);
        if (lastCol > 0) {
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, lastCol));
        }
    }

    void header(Sheet sheet, int rowIndex, String... names) {
        Row r = row(sheet, rowIndex);
        for (int i = 0; i < names.length; i++) {
            Cell c = r.createCell(i);
            c.setCellValue(names[i]);
            c.setCellStyle(header);
            track(sheet, i, names[i]);
        }
    }

    void text(Row r, int col, String value) {
        Cell c = r.createCell(col);
        if (value != null && !value.isEmpty()) {
            c.setCellValue(value);
        }
        c.setCellStyle(text);
        track(r.getSheet(), col, value);
    }

    /** A short mark (○, ×, 出, 欠 …) centred in its cell. */
    void mark(Row r, int col, String value) {
        text(r, col, value);
        r.getCell(col).setCellStyle(centered);
    }

    void number(Row r, int col, double value) {
        Cell c = r.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(number);
        track(r.getSheet(), col, "0000");
    }

    void date(Row r, int col, LocalDate value) {
        Cell c = r.createCell(col);
        if (value != null) {
            c.setCellValue(value);
        }
        c.setCellStyle(date);
        track(r.getSheet(), col, "2026/12/31");
    }

    /** Remembers the widest value per column: full-width characters count twice. */
    void track(Sheet sheet, int col, String value) {
        if (value == null) {
            return;
        }
        int w = value.codePoints().map(cp -> cp < 0x2000 || (cp >= 0xFF61 && cp <= 0xFF9F) ? 1 : 2).sum();
        widths.computeIfAbsent(sheet, k -> new HashMap<>()).merge(col, w, Math::max);
    }

    void fitColumns(Sheet sheet) {
        widths.getOrDefault(sheet, Map.of()).forEach((col, w) -> sheet.setColumnWidth(col, Math.min(70, w + 3) * 256));
    }

    void save(Path file) {
        widths.keySet().forEach(this::fitColumns);
        var core = wb.getProperties().getCoreProperties();
        Date stamp = Date.from(STAMP.toInstant(ZoneOffset.ofHours(9)));
        core.setCreated(Optional.of(stamp));
        core.setModified(Optional.of(stamp));
        core.setCreator(SampleOrganisation.CITY + " 人事課");
        core.setLastModifiedByUser(SampleOrganisation.CITY + " 人事課");
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            wb.write(raw);
            try (OutputStream out = Files.newOutputStream(file)) {
                restamp(raw.toByteArray(), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    /** Copies a zip, giving every entry the same fixed local time. */
    static void restamp(byte[] zip, OutputStream target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(target)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(STAMP);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
    }

    @Override
    public void close() {
        try {
            wb.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
