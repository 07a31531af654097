package org.kenshu.tools;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.kenshu.tools.Attendance.Kind;
import org.kenshu.tools.Attendance.Mark;

/** Attendance in the list layout (xlsx) and as the e-learning vendor's Shift_JIS CSV. */
final class AttendanceWriters {
    static final String[] LIST_HEADER = {"職員番号", "氏名", "研修名", "受講日", "出欠", "備考"};
    static final String[] CSV_HEADER = {"職員番号", "氏名", "研修名", "受講日", "結果"};

    static final Comparator<Mark> BY_DAY = Comparator.comparing(Mark::day)
            .thenComparing(m -> SampleCatalog.COURSES.indexOf(m.session().course()))
            .thenComparing(m -> m.session().no()).thenComparing(m -> m.person().employeeNo);

    private AttendanceWriters() {
    }

    /** 出席/欠席/遅刻/早退/免除; an e-learning completion is 「済」. */
    static String listMark(Mark m) {
        return switch (m.kind()) {
            case PRESENT -> m.session().course().isElearning() ? "済" : "出席";
            case ABSENT -> "欠席";
            case LATE -> "遅刻";
            case EARLY -> "早退";
            case EXEMPT -> "免除";
        };
    }

    /**
     * One row per person per session day. {@code sheets} maps a sheet name to the rows it holds;
     * {@code courseName} gives the name written (the catalog name or an alias).
     */
    static void list(Path file, List<Mark> marks, Map<String, Predicate<Mark>> sheets, Function<Mark, String> courseName) {
        try (Workbooks w = new Workbooks()) {
            for (Map.Entry<String, Predicate<Mark>> e : sheets.entrySet()) {
                Sheet sheet = w.wb.createSheet(e.getKey());
                w.header(sheet, 0, LIST_HEADER);
                int r = 1;
                for (Mark m : marks.stream().filter(e.getValue()).sorted(BY_DAY).toList()) {
                    Row row = w.row(sheet, r++);
                    w.text(row, 0, m.person().employeeNo);
                    w.text(row, 1, m.person().displayName());
                    w.text(row, 2, courseName.apply(m));
                    w.date(row, 3, m.day());
                    w.text(row, 4, listMark(m));
                    w.text(row, 5, m.note());
                }
                sheet.createFreezePane(0, 1);
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, LIST_HEADER.length - 1));
            }
            w.save(file);
        }
    }

    /** Sheets 上半期 (April–September) and 下半期 (October–March). */
    static Map<String, Predicate<Mark>> halves() {
        Map<String, Predicate<Mark>> sheets = new LinkedHashMap<>();
        sheets.put("上半期", m -> m.day().getMonthValue() >= 4 && m.day().getMonthValue() <= 9);
        sheets.put("下半期", m -> m.day().getMonthValue() < 4 || m.day().getMonthValue() > 9);
        return sheets;
    }

    /** The vendor's export as Excel saves a CSV: windows-31j, CRLF, no quotes, dates 「2026/6/15」. */
    static void elearningCsv(Path file, List<Mark> marks, Function<Mark, String> courseName) {
        CharsetEncoder encoder = Charset.forName("windows-31j").newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Writer out = new OutputStreamWriter(Files.newOutputStream(file), encoder)) {
            out.write(String.join(",", CSV_HEADER) + "\r\n");
            for (Mark m : marks.stream().sorted(BY_DAY).toList()) {
                if (m.kind() != Kind.PRESENT) {
                    throw new IllegalStateException("e-learning rows are completions: " + m);
                }
                out.write(String.join(",", m.person().employeeNo, m.person().displayName(), courseName.apply(m),
                        slashDate(m.day()), "済") + "\r\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    static String slashDate(LocalDate d) {
        return d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
    }
}
