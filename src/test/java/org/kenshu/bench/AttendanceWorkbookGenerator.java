package org.kenshu.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
 */
public final class AttendanceWorkbookGenerator {
    static final String[] HEADER = {"職員番号", "氏名", "所属", "研修名", "受講日", "出欠", "備考", "時間"};
    private static final String[] FAMILY = {"佐藤", "鈴木", "髙橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤",
        "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "斎藤", "清水", "山崎", "森", "池田", "橋本", "阿部",
        "石川", "山下", "中島", "石井", "小川", "前田", "岡田", "長谷川", "藤田", "後藤", "近藤", "村上", "遠藤", "青木", "坂本"};
    private static final String[] GIVEN = {"太郎", "花子", "一郎", "美咲", "健太", "陽菜", "翔太", "さくら", "大輔", "結衣",
        "拓也", "愛", "直樹", "由美", "誠", "恵", "裕子", "和也", "真由美", "浩二", "吉男", "千尋", "悠斗", "葵"};
    private static final String[] DEPARTMENTS = {"総務部 総務課", "総務部 人事課", "企画部 企画政策課", "財政部 財政課",
        "市民部 市民課", "福祉部 高齢福祉課", "福祉部 子育て支援課", "環境部 環境政策課", "都市整備部 道路課",
        "教育委員会 学校教育課", "上下水道局 水道課", "消防本部 警防課", "会計課", "議会事務局"};
    private static final String[] COURSES = {"新規採用職員研修", "新任主任研修", "新任係長研修", "新任課長研修", "接遇研修",
        "文書事務研修", "法制執務研修", "財務会計研修", "情報セキュリティ研修", "DX推進リーダー研修", "メンタルヘルス研修",
        "ハラスメント防止研修", "政策形成研修", "人事評価者研修"};
    private static final String[] NOTES = {"体調不良のため", "公務のため", "10分遅れ", "午後から参加", "①②日目のみ", "㈱研修センター講師"};
    private static final double[] HOURS = {1.5, 2, 3, 3.5, 6};
    private static final int STAFF = 1_500;
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 4, 1);

    private final Random random = new Random(20260401L);

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: AttendanceWorkbookGenerator ROWS OUT.xlsx|OUT.csv [utf-8|windows-31j]");
            System.exit(2);
        }
        int rows = Integer.parseInt(args[0].replace("_", ""));
        Path out = Path.of(args[1]);
        long start = System.nanoTime();
        if (out.toString().endsWith(".csv")) {
            new AttendanceWorkbookGenerator().writeCsv(rows, out, Charset.forName(args.length > 2 ? args[2] : "UTF-8"));
        } else {
            new AttendanceWorkbookGenerator().writeXlsx(rows, out);
        }
        System.out.printf("wrote %,d rows to %s (%,d bytes) in %d ms%n", rows, out, Files.size(out),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** One attendance record. */
    private record Line(String staffNo, String name, String department, String course, LocalDate day,
            String mark, String note, double hours) {
    }

    private Line next() {
        int staff = random.nextInt(STAFF);
        Random person = new Random(staff); // the same staff always has the same name and department
        String name = FAMILY[person.nextInt(FAMILY.length)] + " " + GIVEN[person.nextInt(GIVEN.length)];
        String department = DEPARTMENTS[person.nextInt(DEPARTMENTS.length)];
        int roll = random.nextInt(100);
        String mark = roll < 85 ? "出席" : roll < 92 ? "欠席" : roll < 96 ? "遅刻" : roll < 98 ? "早退" : "免除";
        String note = !mark.equals("出席") && random.nextBoolean() ? NOTES[random.nextInt(NOTES.length)] : "";
        return new Line(String.format("%05d", 1_000 + staff), name, department, COURSES[random.nextInt(COURSES.length)],
                FIRST_DAY.plusDays(random.nextInt(365)), mark, note, HOURS[random.nextInt(HOURS.length)]);
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
