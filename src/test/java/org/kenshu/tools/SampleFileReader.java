package org.kenshu.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Reads the sample files back with POI, independently of the generator's own records. */
final class SampleFileReader {
    private static final Pattern REIWA = Pattern.compile("令和(\\d+|元)年(\\d+)月(\\d+)日");

    private SampleFileReader() {
    }

    /** Every sheet's rows as cell values: String, LocalDate (date cells), Double, or "" for blanks. */
    static Map<String, List<List<Object>>> sheets(Path file) {
        Map<String, List<List<Object>>> out = new LinkedHashMap<>();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : wb) {
                List<List<Object>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<Object> values = new ArrayList<>();
                    if (row != null) {
                        for (int c = 0; c < row.getLastCellNum(); c++) {
                            values.add(value(row.getCell(c)));
                        }
                    }
                    rows.add(values);
                }
                out.put(sheet.getSheetName(), rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Object value(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate()
                    : (Object) cell.getNumericCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            default -> "";
        };
    }

    /** Column index by header name. */
    static Map<String, Integer> header(List<Object> row) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < row.size(); i++) {
            out.put(String.valueOf(row.get(i)), i);
        }
        return out;
    }

    static Object cell(List<Object> row, int col) {
        return col < row.size() ? row.get(col) : "";
    }

    /** 「令和8年5月12日」 (or 令和元年…) anywhere in the text. */
    static LocalDate reiwa(String text) {
        Matcher m = REIWA.matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException(text);
        }
        int y = m.group(1).equals("元") ? 1 : Integer.parseInt(m.group(1));
        return LocalDate.of(2018 + y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /** 日程: 「5/12」, 「4/7～4/9」 (every calendar day in between) or 「6/3、6/10」. */
    static List<LocalDate> schedule(String text, int fy) {
        List<LocalDate> days = new ArrayList<>();
        for (String part : text.split("、")) {
            String[] ends = part.split("～");
            LocalDate from = monthDay(ends[0], fy);
            LocalDate to = ends.length > 1 ? monthDay(ends[1], fy) : from;
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                days.add(d);
            }
        }
        return days;
    }

    static LocalDate monthDay(String md, int fy) {
        String[] p = md.strip().split("/");
        return SampleCalendar.dateIn(fy, Integer.parseInt(p[0]), Integer.parseInt(p[1]));
    }

    /** A CSV written in windows-31j: the decoded lines; fails on any undecodable byte or a line not ending in CRLF. */
    static List<String> windows31jLines(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = Charset.forName("windows-31j").newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (!text.endsWith("\r\n") || text.replace("\r\n", "").contains("\n")) {
                throw new IllegalStateException(file + " is not CRLF throughout");
            }
            return List.of(text.split("\r\n"));
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(file + " is not windows-31j", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
