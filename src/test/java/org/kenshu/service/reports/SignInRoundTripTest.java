package org.kenshu.service.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.AttendanceMark;
import org.kenshu.model.ImportKind;
import org.kenshu.model.Progress;
import org.kenshu.model.SessionDay;
import org.kenshu.model.Staff;
import org.kenshu.service.ReportKind;
import org.kenshu.service.imports.ImportOptions;
import org.kenshu.service.imports.ImportResult;
import org.kenshu.store.TestStore;

/**
 * A sign-in sheet comes back filled in and goes through the attendance import unchanged: every mark and
 * remark written on it — also for someone written into a spare row — is what the database then holds.
 */
class SignInRoundTripTest {
    private static final String[] MARKS = {"○", "×", "遅刻", "早退", "出席"};
    private static final Map<String, AttendanceMark> MEANS = Map.of("○", AttendanceMark.PRESENT, "×",
            AttendanceMark.ABSENT, "遅刻", AttendanceMark.LATE, "早退", AttendanceMark.LEFT_EARLY, "出席",
            AttendanceMark.PRESENT);
    @TempDir
    static Path dir;
    static SampleCity city;

    @BeforeAll
    static void loadTheSampleCity() {
        city = new SampleCity(dir.resolve("db"));
    }

    @AfterAll
    static void close() {
        city.close();
    }

    /** What was written on the sheets: day → employee number → mark and remark. */
    record Filled(AttendanceMark mark, String note) {
    }

    @Test
    void aFilledInSignInSheetReimportsLosslessly() throws Exception {
        LocalDate today = LocalDate.now(TestStore.CLOCK);
        SignInChoice session = city.exports().signInSessions(2026).stream()
                .filter(s -> s.firstDay() != null && s.firstDay().isAfter(today) && s.nominated() >= 4)
                .max(java.util.Comparator.comparingInt(s -> s.days().length())).orElseThrow();
        Path blank = dir.resolve("出席簿.xlsx");
        city.exports().export(ReportRequest.of(ReportKind.SIGNIN, 2026).withSession(session.sessionId()), blank,
                Progress.NONE);
        Staff walkIn = someoneNotNominated(session.sessionId());
        Path filled = dir.resolve("出席簿_記入済み.xlsx");
        Map<Integer, Map<String, Filled>> written = fillIn(blank, filled, walkIn);

        ImportResult result = city.services.imports.run(ImportKind.ATTENDANCE, List.of(filled),
                ImportOptions.defaults(), Progress.NONE);

        assertThat(result.errors()).isEmpty();
        assertThat(result.committed()).isTrue();
        List<SessionDay> days = city.store.repos.sessionDays.findBySession(session.sessionId()).stream()
                .sorted(java.util.Comparator.comparing(SessionDay::heldOn)).toList();
        assertThat(days).as("a session of several days: one sheet each").hasSizeGreaterThan(1);
        assertThat(written).hasSize(days.size());
        Map<Long, String> numbers = new HashMap<>();
        city.store.repos.staff.findAll().forEach(s -> numbers.put(s.id(), s.employeeNo()));
        for (int i = 0; i < days.size(); i++) {
            Map<String, Filled> stored = new HashMap<>();
            city.store.repos.attendance.findBySessionDay(days.get(i).id())
                    .forEach(a -> stored.put(numbers.get(a.staffId()), new Filled(a.mark(), a.note())));
            assertThat(stored).as("day %d", i + 1).isEqualTo(written.get(i));
        }
        assertThat(written.get(0)).containsKey(walkIn.employeeNo());
    }

    private Staff someoneNotNominated(long sessionId) {
        var nominated = city.store.repos.enrollments.findBySession(sessionId).stream().map(e -> e.staffId()).toList();
        var course = city.store.repos.sessions.get(sessionId).courseId();
        var inCourse = city.store.repos.enrollments.findByFiscalYear(2026).stream()
                .filter(e -> e.courseId() == course).map(e -> e.staffId()).toList();
        return city.store.repos.staff.findAll().stream()
                .filter(s -> !nominated.contains(s.id()) && !inCourse.contains(s.id()) && s.leftOn() == null)
                .findFirst().orElseThrow();
    }

    /** Writes marks in 出欠, a reason in 備考 for each absence, and a walk-in on the first spare row. */
    private static Map<Integer, Map<String, Filled>> fillIn(Path blank, Path filled, Staff walkIn) throws Exception {
        Map<Integer, Map<String, Filled>> written = new HashMap<>();
        try (XSSFWorkbook wb = Sheets.open(blank)) {
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                Sheet sheet = wb.getSheetAt(s);
                Map<String, Filled> day = new HashMap<>();
                int header = Sheets.find(sheet, "No.", "職員番号");
                int n = s;
                for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    String number = Sheets.text(sheet, r, 1);
                    if (Sheets.text(sheet, r, 0).startsWith("※")) {
                        break;
                    }
                    if (number.isEmpty()) {
                        if (s == 0 && !day.containsKey(walkIn.employeeNo())) {
                            row.getCell(1).setCellValue(walkIn.employeeNo());
                            row.getCell(2).setCellValue(walkIn.name());
                            row.getCell(4).setCellValue("○");
                            day.put(walkIn.employeeNo(), new Filled(AttendanceMark.PRESENT, null));
                        }
                        continue;
                    }
                    String mark = MARKS[n++ % MARKS.length];
                    String note = mark.equals("×") ? "体調不良のため" : null;
                    row.getCell(4).setCellValue(mark);
                    if (note != null) {
                        row.getCell(5).setCellValue(note);
                    }
                    day.put(number, new Filled(MEANS.get(mark), note));
                }
                written.put(s, day);
            }
            try (OutputStream out = Files.newOutputStream(filled)) {
                wb.write(out);
            }
        }
        return written;
    }
}
