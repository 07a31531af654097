package org.kenshu.service.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.Course;
import org.kenshu.model.Department;
import org.kenshu.model.Direction;
import org.kenshu.model.Initiative;
import org.kenshu.model.InitiativeYear;
import org.kenshu.model.Pillar;
import org.kenshu.model.Progress;
import org.kenshu.model.Session;
import org.kenshu.model.Staff;
import org.kenshu.service.ReportKind;
import org.kenshu.store.Repositories;

/**
 * Text from officers' files that looks like a formula (a course called 「=HYPERLINK(…)」, a venue 「＋81」)
 * reaches every report as text: no report holds a formula but its own (the budget's totals).
 */
class HostileTextTest {
    static final String LINK = "=HYPERLINK(\"http://example.com/x\",\"詳しくはこちら\")";
    static final List<String> HOSTILE = List.of(LINK, "＋81 会議室", "@SUM(1+1)", "-1 課", "+81 研修所",
            "=cmd|' /C calc'!A0", "＝1+1");
    @TempDir
    static Path dir;
    @TempDir
    Path out;
    static SampleCity city;
    static long sessionId;
    static String staffNo;

    @BeforeAll
    static void loadTheSampleCityWithHostileNames() {
        city = new SampleCity(dir.resolve("db"));
        Repositories repos = city.store.repos;
        Session session = city.exports().signInSessions(2026).stream().filter(s -> s.nominated() > 0)
                .map(s -> repos.sessions.get(s.sessionId())).findFirst().orElseThrow();
        sessionId = session.id();
        Course c = repos.courses.get(session.courseId());
        repos.courses.update(new Course(c.id(), c.code(), LINK, c.courseTypeId(), c.providerId(), c.format(), c.days(),
                c.hours(), c.defaultCapacity(), c.costPerHead(), c.mode(), c.description(), c.target(),
                c.competencyIds(), c.retired(), c.version()));
        repos.sessions.update(new Session(session.id(), session.planId(), session.courseId(), session.sessionNo(),
                "＋81 会議室", null, "@SUM(1+1)", session.capacity(), session.applicationDeadline(),
                session.periodEnd(), session.status(), session.note(), session.version()));
        Staff s = repos.staff.get(repos.enrollments.findBySession(sessionId).getFirst().staffId());
        staffNo = s.employeeNo();
        repos.staff.update(new Staff(s.id(), s.employeeNo(), "=cmd|' /C calc'!A0", s.kana(), s.employmentType(),
                s.hiredOn(), s.leftOn(), s.leftReason(), s.note(), s.version()));
        Department d = repos.departments.findAll().getLast();
        repos.departments.update(new Department(d.id(), d.code(), "-1 課", d.parentId(), d.sortOrder(), d.validFrom(),
                d.validTo(), d.mergedIntoId(), d.version()));
        Pillar p = repos.pillars.insert(new Pillar(0, "P1", "+81 研修所", 1, 0));
        Direction dir = repos.directions.insert(new Direction(0, p.id(), "D1", "＝1+1", 1, 0));
        Initiative i = repos.initiatives.insert(new Initiative(0, dir.id(), "I1", LINK, null, 1, 0));
        repos.initiativeYears.insert(new InitiativeYear(0, i.id(), 2026, "@SUM(1+1)", "-1 課", null, null, null, null, 0));
    }

    @AfterAll
    static void close() {
        city.close();
    }

    @Test
    void noReportHoldsAFormulaOtherThanItsOwnAndHostileTextStaysQuotedText() throws Exception {
        List<String> seen = new ArrayList<>();
        for (ReportKind kind : ReportKind.values()) {
            ReportRequest r = ReportRequest.of(kind, 2026).withSession(sessionId).withStaff(staffNo)
                    .withGoal("tier-uptake");
            Path file = out.resolve(kind.cliName() + ".xlsx");
            city.exports().export(r, file, Progress.NONE);
            try (XSSFWorkbook wb = Sheets.open(file)) {
                for (Sheet sheet : wb) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            check(kind, cell, seen);
                        }
                    }
                }
            }
        }
        assertThat(new java.util.TreeSet<>(seen)).as("every hostile text reached some report")
                .containsAll(HOSTILE);
    }

    private static void check(ReportKind kind, Cell cell, List<String> seen) {
        String where = kind + " " + cell.getSheet().getSheetName() + "!" + cell.getAddress();
        if (cell.getCellType() == CellType.FORMULA) {
            assertThat(kind).as(where).isEqualTo(ReportKind.BUDGET); // goals and missing lists hold none either
            assertThat(cell.getCellFormula()).as(where).matches("SUM\\([A-Z]+\\d+:[A-Z]+\\d+\\)|[A-Z]+\\d+-[A-Z]+\\d+");
            return;
        }
        if (cell.getCellType() != CellType.STRING) {
            return;
        }
        String text = cell.getStringCellValue();
        HOSTILE.stream().filter(text::contains).forEach(seen::add);
        if (!text.isEmpty() && "=+-@＝＋－＠\t\n\r".indexOf(text.charAt(0)) >= 0) {
            assertThat(cell.getCellStyle().getQuotePrefixed()).as(where + " " + text).isTrue();
        }
    }
}
