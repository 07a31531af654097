package org.kenshu.service.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.AnnualPlan;
import org.kenshu.model.EraDisplay;
import org.kenshu.model.Progress;
import org.kenshu.service.ReportKind;

/** Each report written from the sample city (さくら台市, 令和8年度) and read back with POI. */
class ReportsFromSampleCityTest {
    @TempDir
    static Path dir;
    @TempDir
    Path out;
    static SampleCity city;

    @BeforeAll
    static void loadTheSampleCity() {
        city = new SampleCity(dir.resolve("db"));
    }

    @AfterAll
    static void close() {
        city.close();
    }

    private Path export(ReportRequest request) {
        Path file = out.resolve(request.kind().cliName() + ".xlsx");
        city.exports().export(request, file, Progress.NONE);
        return file;
    }

    @Test
    void thePlanHasTheYearAtAGlanceThenASheetPerCourseType() throws Exception {
        try (XSSFWorkbook wb = Sheets.open(export(ReportRequest.of(ReportKind.PLAN, 2026)))) {
            assertThat(wb.getSheetName(0)).isEqualTo("年間計画");
            assertThat(wb.getSheetName(1)).isEqualTo("階層別研修");
            Sheet summary = wb.getSheetAt(0);
            assertThat(Sheets.text(summary, 0, 0)).isEqualTo("令和8年度 年度研修計画表（年間一覧）");
            assertThat(Sheets.rows(summary, 2).getFirst()).startsWith("区分", "研修名", "対象", "4月", "5月")
                    .endsWith("3月", "回数", "定員計");
            int row = Sheets.find(summary, "", "新任係長級研修");
            assertThat(Sheets.text(summary, row, 4)).isEqualTo("12(火)");
            assertThat(Sheets.text(summary, row, 5)).isEqualTo("9(火)");
            Sheet tier = wb.getSheet("階層別研修");
            assertThat(Sheets.text(tier, 0, 0)).isEqualTo("令和8年度 年度研修計画表（階層別研修）");
            assertThat(Sheets.rows(tier, 2).getFirst()).containsExactly("月", "日程", "研修名", "回", "対象", "会場", "定員",
                    "研修機関", "講師", "備考");
            List<List<String>> sessions = Sheets.rows(tier, 3);
            assertThat(sessions).allSatisfy(r -> assertThat(r.get(1))
                    .matches("(\\d{1,2}月\\d{1,2}日\\([月火水木金土日]\\)).*|未定"));
            assertThat(sessions).anySatisfy(r -> assertThat(r).startsWith("5月", "5月12日(火)", "新任係長級研修", "第1回"));
            assertThat(sessions).anySatisfy(r -> assertThat(r.get(1)).matches("\\d+月\\d+日\\(.\\)～\\d+日\\(.\\)"));
            for (Sheet s : wb) {
                assertThat(s.getPrintSetup().getLandscape()).as(s.getSheetName()).isTrue();
                assertThat(s.getHeader().getLeft()).contains("さくら台市");
                assertThat(s.getHeader().getRight()).contains("令和8年度");
                assertThat(s.getRepeatingRows().formatAsString()).isEqualTo("1:3");
            }
        }
    }

    @Test
    void aSignInSheetListsTheNominatedInKanaOrderWithSpareRowsAndOneSheetPerDay() throws Exception {
        SignInChoice choice = city.exports().signInSessions(2026).stream()
                .filter(s -> s.nominated() > 3 && s.days().contains("～")).findFirst().orElseThrow();
        try (XSSFWorkbook wb = Sheets.open(export(ReportRequest.of(ReportKind.SIGNIN, 2026)
                .withSession(choice.sessionId())))) {
            assertThat(wb.getNumberOfSheets()).isGreaterThan(1);
            Sheet first = wb.getSheetAt(0);
            assertThat(Sheets.text(first, 0, 0)).startsWith("令和8年度 " + choice.course() + " 出席簿（")
                    .endsWith("1日目）");
            assertThat(Sheets.text(first, 1, 0)).matches("実施日：令和8年\\d+月\\d+日");
            int header = Sheets.find(first, "No.", "職員番号", "氏名", "所属", "出欠", "備考");
            List<List<String>> rows = Sheets.rows(first, header + 1);
            List<List<String>> people = rows.subList(0, choice.nominated());
            assertThat(people).allSatisfy(r -> assertThat(r.get(2)).isNotBlank());
            Map<String, String> kana = new java.util.HashMap<>();
            city.store.repos.staff.findAll().forEach(s -> kana.put(s.employeeNo(), Kana.key(s.kana(), s.name())));
            assertThat(people.stream().map(r -> kana.get(r.get(1))).toList()).isSorted();
            List<List<String>> spare = rows.subList(choice.nominated(), choice.nominated() + SignInSheets.SPARE_ROWS);
            assertThat(spare).allSatisfy(r -> assertThat(r.subList(1, 6)).containsOnly(""));
            assertThat(spare.getFirst().getFirst()).isEqualTo(Integer.toString(choice.nominated() + 1));
            assertThat(rows.get(choice.nominated() + SignInSheets.SPARE_ROWS).getFirst()).startsWith("※");
            assertThat(first.getPrintSetup().getLandscape()).isFalse();
        }
    }

    @Test
    void attendanceCountsEachSessionAndListsEveryNominationByPerson() throws Exception {
        try (XSSFWorkbook wb = Sheets.open(export(ReportRequest.of(ReportKind.ATTENDANCE, 2026)))) {
            Sheet bySession = wb.getSheetAt(0);
            assertThat(Sheets.rows(bySession, 2).getFirst()).containsExactly("区分", "研修名", "回", "日程", "指名",
                    "出席(修了)", "欠席", "未記録", "受講率", "指名外");
            int total = Sheets.find(bySession, "計");
            long nominated = 0;
            for (int r = 3; r < total; r++) {
                nominated += (long) bySession.getRow(r).getCell(4).getNumericCellValue();
                assertThat(Sheets.text(bySession, r, 8)).matches("|\\d+\\.\\d%");
            }
            assertThat(bySession.getRow(total).getCell(4).getNumericCellValue()).isEqualTo(nominated);
            Sheet byPerson = wb.getSheetAt(1);
            long enrollments = city.store.repos.enrollments.findByFiscalYear(2026).stream()
                    .filter(e -> e.sessionId() != null).count();
            assertThat(byPerson.getLastRowNum() - 2).isEqualTo((int) enrollments);
            assertThat(Sheets.rows(byPerson, 3)).anySatisfy(r -> assertThat(r.get(6)).isEqualTo("出席"));
        }
    }

    @Test
    void aTranscriptPutsEachPersonOfADepartmentOnANewPage() throws Exception {
        try (XSSFWorkbook wb = Sheets.open(export(ReportRequest.of(ReportKind.TRANSCRIPT, 2026)
                .withDepartment("人事課")))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(Sheets.text(sheet, 1, 0)).startsWith("人事課（");
            List<List<String>> rows = Sheets.rows(sheet, 4);
            long people = rows.stream().filter(r -> r.getFirst().matches("\\d{5}　.*")).count();
            assertThat(people).isGreaterThan(1);
            assertThat(sheet.getRowBreaks()).hasSize((int) people - 1);
            assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("令和8年度").hasSize(5));
        }
    }

    @Test
    void aTranscriptOfOnePersonListsTheirCompletedCoursesWithHours() throws Exception {
        var staff = city.store.repos.staff.findAll().get(10);
        try (XSSFWorkbook wb = Sheets.open(export(ReportRequest.of(ReportKind.TRANSCRIPT, 2026)
                .withStaff(staff.employeeNo())))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(Sheets.text(sheet, 4, 0)).startsWith(staff.employeeNo() + "　" + staff.name());
            assertThat(sheet.getRowBreaks()).isEmpty();
        }
        assertThatThrownBy(() -> export(ReportRequest.of(ReportKind.TRANSCRIPT, 2026).withStaff("99999")))
                .isInstanceOf(ReportException.class).hasMessageContaining("99999");
    }

    @Test
    void theBudgetSumsCostsWithItsOwnFormulasAgainstThePlansBudget() throws Exception {
        var repos = city.store.repos;
        AnnualPlan plan = repos.plans.findByFiscalYear(2026).orElseThrow();
        repos.plans.update(new AnnualPlan(plan.id(), 2026, plan.status(), 5_000_000L, plan.note(), plan.version()));
        try (XSSFWorkbook wb = Sheets.open(export(ReportRequest.of(ReportKind.BUDGET, 2026)))) {
            Sheet sheet = wb.getSheetAt(0);
            int total = Sheets.find(sheet, "計");
            var cell = sheet.getRow(total).getCell(5);
            assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(cell.getCellFormula()).isEqualTo("SUM(F4:F" + total + ")");
            double sum = 0;
            for (int r = 3; r < total; r++) {
                sum += sheet.getRow(r).getCell(5).getNumericCellValue();
            }
            assertThat(cell.getNumericCellValue()).isEqualTo(sum);
            assertThat(Sheets.text(sheet, total + 1, 0)).isEqualTo("予算額");
            assertThat(sheet.getRow(total + 1).getCell(5).getNumericCellValue()).isEqualTo(5_000_000);
            assertThat(sheet.getRow(total + 2).getCell(5).getNumericCellValue()).isEqualTo(5_000_000 - sum);
        } finally {
            AnnualPlan now = repos.plans.findByFiscalYear(2026).orElseThrow();
            repos.plans.update(new AnnualPlan(now.id(), 2026, now.status(), null, now.note(), now.version()));
        }
    }

    @Test
    void theCurriculumTakesItsTargetCountsFromTheCounterItIsGiven() throws Exception {
        org.kenshu.service.TargetCounter fixed = (courses, asOf) -> {
            Map<Long, Map<Long, Integer>> counts = new java.util.HashMap<>();
            courses.stream().filter(c -> !c.target().tierIds().isEmpty())
                    .forEach(c -> counts.put(c.id(), Map.of(c.target().tierIds().iterator().next(), 7)));
            return counts;
        };
        var exports = new ExportService(city.store.repos, new org.kenshu.store.ReportQueries(city.store.db.dsl()),
                org.kenshu.store.TestStore.CLOCK, fixed, city.services.goals);
        Path file = out.resolve("curriculum.xlsx");
        exports.export(ReportRequest.of(ReportKind.CURRICULUM, 2026), file, Progress.NONE);
        try (XSSFWorkbook wb = Sheets.open(file)) {
            Sheet sheet = wb.getSheetAt(0);
            List<String> header = Sheets.rows(sheet, 2).getFirst();
            assertThat(header).startsWith("区分", "研修名", "主事・主事補級", "主任級").endsWith("部長級", "対象者計");
            int row = Sheets.find(sheet, "階層別研修", "新規採用職員研修");
            assertThat(Sheets.text(sheet, row, 2)).isEqualTo("7");
            assertThat(Sheets.text(sheet, row, header.size() - 1)).isEqualTo("7");
        }
    }

    @Test
    void theCurriculumCountsWithTheFullTargetRuleAsTheNominationsPaneDoes() throws Exception {
        var repos = city.store.repos;
        Map<Long, String> tierNames = new java.util.HashMap<>();
        repos.tiers.findAll().forEach(t -> tierNames.put(t.id(), t.name()));
        var course = city.services.targets.plannedCourses(2026).stream().map(p -> repos.courses.get(p.id()))
                .filter(c -> c.target().promotedWithinMonths() != null || c.target().yearsFrom() != null
                        || !c.target().jobCategoryIds().isEmpty())
                .findFirst().orElseThrow();
        var targets = city.services.targets.targets(2026, course.id(), null, Progress.NONE).courses().getFirst()
                .targets();
        try (XSSFWorkbook wb = Sheets.open(export(ReportRequest.of(ReportKind.CURRICULUM, 2026)))) {
            Sheet sheet = wb.getSheetAt(0);
            List<String> header = Sheets.rows(sheet, 2).getFirst();
            List<String> row = Sheets.rows(sheet, 3).stream().filter(r -> r.size() > 1 && r.get(1).equals(course.name()))
                    .findFirst().orElseThrow();
            assertThat(row.getLast()).as(course.name()).isEqualTo(Integer.toString(targets.size()));
            for (long tier : course.target().tierIds()) {
                long expected = targets.stream().filter(t -> t.tierId() != null && t.tierId() == tier).count();
                assertThat(row.get(header.indexOf(tierNames.get(tier)))).as(tierNames.get(tier))
                        .isEqualTo(Long.toString(expected));
            }
        }
    }

    @Test
    void aYearWithoutAPlanSaysSoOnEverySheet() throws Exception {
        for (ReportKind kind : List.of(ReportKind.PLAN, ReportKind.ATTENDANCE, ReportKind.BUDGET, ReportKind.CURRICULUM)) {
            try (XSSFWorkbook wb = Sheets.open(export(ReportRequest.of(kind, 2031)))) {
                assertThat(Sheets.text(wb.getSheetAt(0), 3, 0)).as(kind.name())
                        .matches("データがありません|令和13年度の研修計画がありません.*");
            }
        }
    }

    @Test
    void theCitysChoiceOfWesternYearsIsRespected() throws Exception {
        var org = city.services.organisation;
        var before = org.organisation();
        org.save(new org.kenshu.model.Organisation(before.name(), before.preset(), EraDisplay.WESTERN,
                before.fiscalYearStartMonth(), before.yearEndClosureStart(), before.yearEndClosureEnd(),
                before.lateCountsAsAttended(), before.leftEarlyCountsAsAttended(), before.minimumSessionSize(),
                before.version()));
        try (XSSFWorkbook wb = Sheets.open(export(ReportRequest.of(ReportKind.PLAN, 2026)))) {
            assertThat(Sheets.text(wb.getSheetAt(0), 0, 0)).startsWith("2026年度 年度研修計画表");
            assertThat(wb.getSheetAt(0).getHeader().getRight()).contains("2026年度");
            assertThat(wb.getSheetAt(0).getFooter().getRight()).contains("出力日 2026年11月21日");
            assertThat(city.exports().suggestedFileName(ReportRequest.of(ReportKind.PLAN, 2026)))
                    .isEqualTo("2026年度_年度研修計画表.xlsx");
        } finally {
            var now = org.organisation();
            org.save(new org.kenshu.model.Organisation(now.name(), now.preset(), EraDisplay.JAPANESE,
                    now.fiscalYearStartMonth(), now.yearEndClosureStart(), now.yearEndClosureEnd(),
                    now.lateCountsAsAttended(), now.leftEarlyCountsAsAttended(), now.minimumSessionSize(),
                    now.version()));
        }
    }

    @Test
    void exportsOfPersonalDataAreWrittenToTheAuditLog() {
        long session = city.exports().signInSessions(2026).getFirst().sessionId();
        export(ReportRequest.of(ReportKind.SIGNIN, 2026).withSession(session));
        var entry = city.store.repos.audit.latest(1).getFirst();
        assertThat(entry.action()).isEqualTo("EXPORT");
        assertThat(entry.summary()).contains("signin", "session " + session, "signin.xlsx");
        export(ReportRequest.of(ReportKind.PLAN, 2026));
        assertThat(city.store.repos.audit.latest(1).getFirst().summary()).doesNotContain("plan");
    }

    @Test
    void fileNamesAreSuggestedInJapanese() {
        assertThat(city.exports().suggestedFileName(ReportRequest.of(ReportKind.PLAN, 2026)))
                .isEqualTo("令和8年度_年度研修計画表.xlsx");
        SignInChoice s = city.exports().signInSessions(2026).getFirst();
        assertThat(city.exports().suggestedFileName(ReportRequest.of(ReportKind.SIGNIN, 2026)
                .withSession(s.sessionId()))).isEqualTo("令和8年度_出席簿_" + s.course() + "_第" + s.sessionNo() + "回.xlsx");
    }

    @Test
    @Tag("libreoffice")
    void everyReportConvertsToAPdfOfAPlausibleNumberOfA4Pages() throws Exception {
        Assumptions.assumeTrue(LibreOfficePdf.installed(), "libreoffice is not on the PATH");
        long session = city.exports().signInSessions(2026).stream().filter(s -> s.days().contains("～"))
                .findFirst().orElseThrow().sessionId();
        Map<ReportKind, int[]> expected = new java.util.EnumMap<>(Map.of(
                ReportKind.PLAN, new int[] {9, 40}, ReportKind.SIGNIN, new int[] {2, 6},
                ReportKind.ATTENDANCE, new int[] {20, 400}, ReportKind.TRANSCRIPT, new int[] {5, 60},
                ReportKind.INITIATIVES, new int[] {1, 1}, ReportKind.BUDGET, new int[] {1, 4},
                ReportKind.CURRICULUM, new int[] {1, 6}, ReportKind.GOALS, new int[] {2, 8},
                ReportKind.MISSING, new int[] {2, 40}));
        List<Path> files = new java.util.ArrayList<>();
        for (ReportKind kind : expected.keySet()) {
            files.add(export(ReportRequest.of(kind, 2026).withSession(session).withDepartment("人事課")
                    .withGoal("tier-uptake")));
        }
        Path pdfs = java.nio.file.Files.createDirectories(out.resolve("pdf"));
        LibreOfficePdf.convert(files, pdfs);
        for (ReportKind kind : expected.keySet()) {
            Path pdf = pdfs.resolve(kind.cliName() + ".pdf");
            assertThat(pdf).as(kind.name()).exists();
            assertThat(LibreOfficePdf.pages(pdf)).as(kind.name()).isBetween(expected.get(kind)[0],
                    expected.get(kind)[1]);
        }
    }
}
