package org.kenshu.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.kenshu.io.setup.SetupDocumentReader;
import org.kenshu.io.sheet.SpreadsheetReaders;
import org.kenshu.model.ImportKind;
import org.kenshu.model.Progress;
import org.kenshu.service.Workspace;
import org.kenshu.service.imports.ImportOptions;
import org.kenshu.service.imports.ImportResult;

/**
 * Prepares the whole-import benchmark (docs/benchmarks.md): a data folder {@code DIR/db} holding the
 * bench city — its setup, a 1,500-staff roster, the fiscal-2026 plan and (unless
 * {@code --no-nominations}) a nomination of every person for every course — and the attendance
 * files to import into copies of it: {@code DIR/attendance.xlsx} and, with {@code --csv},
 * {@code DIR/attendance-utf8.csv} and {@code DIR/attendance-sjis.csv}.
 *
 * <pre>ImportBenchmarkSetup ROWS DIR [--csv] [--no-nominations]</pre>
 */
public final class ImportBenchmarkSetup {
    private ImportBenchmarkSetup() {
    }

    public static void main(String[] args) throws IOException {
        int rows = Integer.parseInt(args[0].replace("_", ""));
        Path dir = Path.of(args[1]);
        List<String> flags = List.of(args).subList(2, args.length);
        prepare(rows, dir, !flags.contains("--no-nominations"));
        AttendanceWorkbookGenerator.write(new AttendanceWorkbookGenerator(rows, true), rows,
                dir.resolve("attendance.xlsx"), StandardCharsets.UTF_8);
        if (flags.contains("--csv")) {
            AttendanceWorkbookGenerator.write(new AttendanceWorkbookGenerator(rows, true), rows,
                    dir.resolve("attendance-utf8.csv"), StandardCharsets.UTF_8);
            AttendanceWorkbookGenerator.write(new AttendanceWorkbookGenerator(rows, true), rows,
                    dir.resolve("attendance-sjis.csv"), Charset.forName("windows-31j"));
        }
        System.out.println("prepared " + dir);
    }

    /** The data folder {@code dir/db} with the city, its roster, its plan for {@code rows} and the nominations. */
    public static void prepare(int rows, Path dir, boolean nominations) throws IOException {
        Files.createDirectories(dir);
        Path roster = roster(dir.resolve("roster.xlsx"));
        Path plan = plan(dir.resolve("plan.xlsx"), rows);
        try (Workspace ws = Workspace.open(dir.resolve("db"), SpreadsheetReaders::read, Clock.systemDefaultZone())) {
            ws.services().setup.apply(new SetupDocumentReader().read(
                    new ByteArrayInputStream(ImportBenchCity.setupYaml().getBytes(StandardCharsets.UTF_8)), "bench"), null);
            check(ws, ImportKind.STAFF, roster, ImportOptions.defaults().withEffectiveDate(
                    java.time.LocalDate.of(ImportBenchCity.FISCAL_YEAR, 4, 1)));
            check(ws, ImportKind.PLAN, plan, ImportOptions.defaults().withFiscalYear(ImportBenchCity.FISCAL_YEAR));
            if (nominations) {
                check(ws, ImportKind.NOMINATIONS, nominations(dir.resolve("nominations.xlsx")),
                        ImportOptions.defaults().withFiscalYear(ImportBenchCity.FISCAL_YEAR));
            }
        }
    }

    private static void check(Workspace ws, ImportKind kind, Path file, ImportOptions options) {
        ImportResult r = ws.services().imports.run(kind, List.of(file), options, Progress.NONE);
        if (!r.accepted()) {
            throw new IllegalStateException(kind + " " + r.errors());
        }
    }

    static Path roster(Path out) throws IOException {
        return write(out, "職員名簿", new String[] {"職員番号", "氏名", "所属", "職層", "職種"}, ImportBenchCity.STAFF, (i, row) -> {
            ImportBenchCity.Person p = ImportBenchCity.person(i);
            cells(row, p.number(), p.name(), p.department(), p.tier(), "一般行政");
        });
    }

    static Path plan(Path out, int rows) throws IOException {
        List<ImportBenchCity.Slot> all = ImportBenchCity.schedule(rows);
        // slots come in pairs, the two days of one session
        List<ImportBenchCity.Slot> firstDays = java.util.stream.IntStream.range(0, all.size() / 2).mapToObj(i -> all.get(2 * i))
                .toList();
        return write(out, "研修計画", new String[] {"研修名", "回", "研修区分", "日程", "会場"}, firstDays.size(), (i, row) -> {
            ImportBenchCity.Slot s = firstDays.get(i);
            cells(row, ImportBenchCity.COURSES[s.course()], "第" + s.sessionNo() + "回", s.course() < 4 ? "階層別研修" : "特別研修",
                    s.day().getMonthValue() + "/" + s.day().getDayOfMonth() + "～" + s.day().plusDays(1).getMonthValue()
                            + "/" + s.day().plusDays(1).getDayOfMonth(), "研修室");
        });
    }

    static Path nominations(Path out) throws IOException {
        int courses = ImportBenchCity.COURSES.length;
        return write(out, "指名", new String[] {"職員番号", "氏名", "研修名"}, ImportBenchCity.STAFF * courses, (i, row) -> {
            ImportBenchCity.Person p = ImportBenchCity.person(i / courses);
            cells(row, p.number(), p.name(), ImportBenchCity.COURSES[i % courses]);
        });
    }

    private interface RowWriter {
        void write(int index, Row row);
    }

    private static Path write(Path out, String sheetName, String[] header, int rows, RowWriter writer)
            throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, true, true)) {
            SXSSFSheet sheet = wb.createSheet(sheetName);
            cells(sheet.createRow(0), header);
            for (int i = 0; i < rows; i++) {
                writer.write(i, sheet.createRow(i + 1));
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
            wb.dispose();
        }
        return out;
    }

    private static void cells(Row row, String... values) {
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
    }
}
