package org.kenshu.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a fictional attendance list (出欠一覧) for benchmarks: a merged title, a blank row, a
 * header and N rows of 職員番号, 氏名, 所属, 研修名, 受講日, 出欠, 備考, 時間 for a mid-sized city's
 * 1,500 staff. Same seed, same file.
 *
 * <pre>
 * AttendanceWorkbookGenerator ROWS OUT.xlsx                 (SXSSF, shared strings as Excel writes them)
 * AttendanceWorkbookGenerator ROWS OUT.csv [utf-8|windows-31j]
 * </pre>
 * {@link ImportBenchmarkSetup} uses the planned mode: the same people, but every row on a day of a
 * session of the bench city's plan and nobody twice on one day, so the whole file imports.
 */
public final class AttendanceWorkbookGenerator {
    static final String[] HEADER = {"職員番号", "氏名", "所属", "研修名", "受講日", "出欠", "備考", "時間"};
    private static final String[] NOTES = {"体調不良のため", "公務のため", "10分遅れ", "午後から参加", "①②日目のみ", "㈱研修センター講師"};
    private static final double[] HOURS = {1.5, 2, 3, 3.5, 6};
    private static final String[] COURSES = ImportBenchCity.COURSES;
    private static final int STAFF = ImportBenchCity.STAFF;
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 4, 1);

    private final Random random = new Random(20260401L);
    /** Planned mode: rows follow {@link ImportBenchCity#schedule}, one person at most once per session day. */
    private final List<ImportBenchCity.Slot> slots;
    private final int perSlot;
    private int planned;

    AttendanceWorkbookGenerator() {
        this(0, false);
    }

    /** {@code plannedRows} > 0 with {@code planned}: dates and courses that the bench city's plan holds. */
    public AttendanceWorkbookGenerator(int plannedRows, boolean planned) {
        this.slots = planned ? ImportBenchCity.schedule(plannedRows) : List.of();
        this.perSlot = planned ? (int) Math.ceil(plannedRows / (double) slots.size()) : 0;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: AttendanceWorkbookGenerator ROWS OUT.xlsx|OUT.csv [utf-8|windows-31j]");
            System.exit(2);
        }
        int rows = Integer.parseInt(args[0].replace("_", ""));
        Path out = Path.of(args[1]);
        long start = System.nanoTime();
        write(new AttendanceWorkbookGenerator(), rows, out, Charset.forName(args.length > 2 ? args[2] : "UTF-8"));
        System.out.printf("wrote %,d rows to %s (%,d bytes) in %d ms%n", rows, out, Files.size(out),
                (System.nanoTime() - start) / 1_000_000);
    }

    public static void write(AttendanceWorkbookGenerator generator, int rows, Path out, Charset charset)
            throws IOException {
        if (out.toString().endsWith(".csv")) {
            generator.writeCsv(rows, out, charset);
        } else {
            generator.writeXlsx(rows, out);
        }
    }

    /** One attendance record. */
    private record Line(String staffNo, String name, String department, String course, LocalDate day,
            String mark, String note, double hours) {
    }

    private Line next() {
        if (!slots.isEmpty()) {
            return nextPlanned();
        }
        int staff = random.nextInt(STAFF);
        ImportBenchCity.Person p = ImportBenchCity.person(staff);
        int roll = random.nextInt(100);
        String mark = roll < 85 ? "出席" : roll < 92 ? "欠席" : roll < 96 ? "遅刻" : roll < 98 ? "早退" : "免除";
        String note = !mark.equals("出席") && random.nextBoolean() ? NOTES[random.nextInt(NOTES.length)] : "";
        return new Line(p.number(), p.name(), p.department(), COURSES[random.nextInt(COURSES.length)],
                FIRST_DAY.plusDays(random.nextInt(365)), mark, note, HOURS[random.nextInt(HOURS.length)]);
    }

    /** Row after row through the slots; within a slot, a stride coprime to 1,500 picks distinct people. */
    private Line nextPlanned() {
        int index = planned / perSlot;
        int j = planned % perSlot;
        planned++;
        ImportBenchCity.Slot slot = slots.get(index % slots.size());
        ImportBenchCity.Person p = ImportBenchCity.person((index * 131 + j * 7) % STAFF);
        int roll = random.nextInt(100);
        String mark = roll < 88 ? "出席" : roll < 94 ? "欠席" : roll < 97 ? "遅刻" : roll < 99 ? "早退" : "免除";
        String note = !mark.equals("出席") && random.nextBoolean() ? NOTES[random.nextInt(NOTES.length)] : "";
        return new Line(p.number(), p.name(), p.department(), COURSES[slot.course()], slot.day(), mark, note,
                HOURS[random.nextInt(HOURS.length)]);
    }

    void writeXlsx(int rows, Path out) throws IOException {
        // shared strings, as Excel itself saves a workbook; 100 rows kept in memory
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, true, true)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d"));
            SXSSFSheet sheet = wb.createSheet("出欠一覧");
            sheet.createRow(0).createCell(0).setCellValue("令和8年度 研修出欠一覧");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.length - 1));
            Row header = sheet.createRow(2);
            for (int c = 0; c < HEADER.length; c++) {
                header.createCell(c).setCellValue(HEADER[c]);
            }
            for (int r = 0; r < rows; r++) {
                Line line = next();
                Row row = sheet.createRow(3 + r);
                row.createCell(0).setCellValue(line.staffNo());
                row.createCell(1).setCellValue(line.name());
                row.createCell(2).setCellValue(line.department());
                row.createCell(3).setCellValue(line.course());
                row.createCell(4).setCellValue(line.day());
                row.getCell(4).setCellStyle(date);
                row.createCell(5).setCellValue(line.mark());
                if (!line.note().isEmpty()) {
                    row.createCell(6).setCellValue(line.note());
                }
                row.createCell(7).setCellValue(line.hours());
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
            wb.dispose();
        }
    }

    void writeCsv(int rows, Path out, Charset charset) throws IOException {
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out),
                charset.newEncoder()), 1 << 16)) {
            w.write(String.join(",", HEADER));
            w.write("\r\n");
            for (int r = 0; r < rows; r++) {
                Line l = next();
                String hours = l.hours() == Math.rint(l.hours()) ? Long.toString((long) l.hours()) : Double.toString(l.hours());
                w.write(String.join(",", l.staffNo(), l.name(), l.department(), l.course(),
                        l.day().getYear() + "/" + l.day().getMonthValue() + "/" + l.day().getDayOfMonth(),
                        l.mark(), l.note(), hours));
                w.write("\r\n");
            }
        }
    }
}
