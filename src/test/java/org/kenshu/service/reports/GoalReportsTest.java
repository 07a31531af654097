package org.kenshu.service.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.io.report.XlsxReportWriter;
import org.kenshu.model.Goal;
import org.kenshu.model.Progress;
import org.kenshu.service.ReportKind;
import org.kenshu.service.goals.Breakdown;
import org.kenshu.service.goals.GapPerson;
import org.kenshu.service.goals.GoalResult;

/** 目標達成状況 and 未受講者一覧 from the sample city: the goals engine's numbers and people, read back with POI. */
class GoalReportsTest {
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

    private static Goal goal(String code) {
        return city.services.goals.findByCode(code).orElseThrow();
    }

    @Test
    void theGoalsReportListsEveryGoalWithTheEnginesTargetActualAndStatus() throws Exception {
        List<GoalResult> results = city.services.goals.results(2025);
        assertThat(results).hasSizeGreaterThan(1);
        try (XSSFWorkbook wb = Sheets.open(export(ReportRequest.of(ReportKind.GOALS, 2025)))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(Sheets.text(sheet, 0, 0)).isEqualTo("令和7年度 目標達成状況");
            assertThat(Sheets.rows(sheet, 3).getFirst()).containsExactly("目標", "種類", "対象", "目標値", "実績",
                    "修了／対象", "見込み", "状況");
            for (GoalResult r : results) {
                int row = Sheets.find(sheet, r.goal().name());
                assertThat(row).as(r.goal().code()).isPositive();
                if (r.target().value() != null) {
                    assertThat(sheet.getRow(row).getCell(3).getNumericCellValue()).isEqualTo(r.target().value());
                }
                if (r.actual() != null) {
                    assertThat(sheet.getRow(row).getCell(4).getNumericCellValue()).isEqualTo(r.actual());
                } else {
                    assertThat(Sheets.text(sheet, row, 4)).isEqualTo("—");
                }
                assertThat(Sheets.text(sheet, row, 7)).isEqualTo(r.statusText());
            }
            int tier = Sheets.find(sheet, goal("tier-uptake").name());
            assertThat(Sheets.rows(sheet, tier).getFirst().subList(3, 8)).containsExactly("90.0%", "91.5%",
                    "173 / 189", "91.5%", "達成");
        }
    }

    @Test
    void eachCountedGoalHasItsTierTableAndABarChartOfTheTiersAgainstTheTarget() throws Exception {
        GoalResult r = city.services.goals.result(goal("tier-uptake"), 2025);
        try (XSSFWorkbook wb = Sheets.open(export(ReportRequest.of(ReportKind.GOALS, 2025)))) {
            XSSFSheet sheet = wb.getSheet(r.goal().name());
            assertThat(Sheets.text(sheet, 0, 0)).isEqualTo("令和7年度 " + r.goal().name() + "（職層別）");
            assertThat(Sheets.text(sheet, 1, 0)).isEqualTo("目標 90.0%　実績 91.5%（173 / 189）　達成");
            for (Breakdown b : r.byTier()) {
                int row = Sheets.find(sheet, b.label());
                assertThat(sheet.getRow(row).getCell(1).getNumericCellValue()).isEqualTo((double) b.denominator());
                assertThat(sheet.getRow(row).getCell(2).getNumericCellValue()).isEqualTo((double) b.numerator());
            }
            int total = Sheets.find(sheet, "計");
            assertThat(Sheets.rows(sheet, total).getFirst()).containsExactly("計", "189", "173", "91.5%");
            var charts = sheet.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            List<XDDFChartData> data = charts.getFirst().getChartSeries();
            var bars = data.get(0).getSeries(0);
            assertThat(bars.getCategoryData().getPointCount()).isEqualTo(r.byTier().size());
            for (int i = 0; i < r.byTier().size(); i++) {
                assertThat(bars.getCategoryData().getPointAt(i)).isEqualTo(r.byTier().get(i).label());
                assertThat(bars.getValuesData().getPointAt(i).doubleValue()).isEqualTo(r.byTier().get(i).actual());
            }
            assertThat(data.get(1).getSeries(0).getValuesData().getPointAt(0).doubleValue()).isEqualTo(0.9);
        }
    }

    @Test
    void aYearWithoutGoalsSaysSoAndWhatToDo() throws Exception {
        ReportContext ctx = new ReportContext(city.services.organisation.organisation(), 2031,
                java.time.LocalDate.of(2026, 11, 21));
        Path file = out.resolve("none.xlsx");
        XlsxReportWriter.write(GoalsSheets.document(ctx, new GoalsReport(List.of())), file, Progress.NONE);
        try (XSSFWorkbook wb = Sheets.open(file)) {
            assertThat(wb.getNumberOfSheets()).isOne();
            assertThat(Sheets.text(wb.getSheetAt(0), 4, 0)).startsWith("令和13年度の目標はありません。")
                    .contains("「目標・実績」の画面で目標を登録");
        }
    }

    @Test
    void theMissingListHoldsTheEnginesGapByDepartmentInKanaOrderWithAPagePerDepartment() throws Exception {
        List<GapPerson> gap = city.services.goals.missing(goal("tier-uptake"), 2026);
        assertThat(gap).hasSize(26);
        Map<String, List<String>> expected = new LinkedHashMap<>();
        gap.forEach(p -> expected.computeIfAbsent(p.department(), k -> new ArrayList<>()).add(p.employeeNo()));
        try (XSSFWorkbook wb = Sheets.open(export(ReportRequest.of(ReportKind.MISSING, 2026).withGoal("tier-uptake")))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(Sheets.text(sheet, 0, 0)).isEqualTo("令和8年度 未受講者一覧");
            assertThat(Sheets.text(sheet, 1, 0)).startsWith(goal("tier-uptake").name() + "　目標 90.0%");
            assertThat(Sheets.text(sheet, 2, 0)).startsWith("未修了 26 人");
            int header = Sheets.find(sheet, "職員番号", "氏名", "ふりがな", "職層", "受講が必要な研修", "回", "状況");
            Map<String, List<String>> listed = new LinkedHashMap<>();
            List<String> current = null;
            for (List<String> row : Sheets.rows(sheet, header + 1)) {
                if (row.getFirst().matches(".+（\\d+ 人）")) {
                    current = listed.computeIfAbsent(row.getFirst().replaceFirst("（\\d+ 人）$", ""), k -> new ArrayList<>());
                } else if (current != null && row.getFirst().matches("\\d+")) {
                    current.add(row.getFirst());
                    assertThat(row.get(4)).isNotBlank();
                    assertThat(row.get(6)).isNotBlank();
                }
            }
            assertThat(listed.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
            expected.forEach((d, people) -> assertThat(listed.get(d)).as(d).containsExactlyInAnyOrderElementsOf(people));
            assertThat(sheet.getRowBreaks()).hasSize(expected.size() - 1);
            Map<String, String> kana = new HashMap<>();
            city.store.repos.staff.findAll().forEach(s -> kana.put(s.employeeNo(), Kana.key(s.kana(), s.name())));
            listed.values().forEach(people -> assertThat(people.stream().map(kana::get).toList()).isSorted());
        }
    }

    @Test
    void theGoalsPagesExporterWritesTheSameListFromThePeopleOnScreen() throws Exception {
        GoalResult r = city.services.goals.result(goal("tier-uptake"), 2026);
        List<GapPerson> gap = city.services.goals.missing(r.goal(), 2026);
        Path file = out.resolve("page.xlsx");
        assertThat(city.services.missingList.available()).isTrue();
        city.services.missingList.export(r, gap, file);
        try (XSSFWorkbook wb = Sheets.open(file)) {
            Sheet sheet = wb.getSheetAt(0);
            List<String> numbers = Sheets.rows(sheet, 4).stream().map(List::getFirst).filter(t -> t.matches("\\d+"))
                    .toList();
            assertThat(numbers).containsExactlyInAnyOrderElementsOf(gap.stream().map(GapPerson::employeeNo).toList());
        }
        assertThat(city.store.repos.audit.latest(1).getFirst().summary()).contains("missing", "goal tier-uptake");
    }

    @Test
    void aMissingListNeedsAKnownGoalAndNamesTheCodesThatExist() {
        assertThatThrownBy(() -> export(ReportRequest.of(ReportKind.MISSING, 2026)))
                .isInstanceOf(ReportException.class).hasMessageContaining("tier-uptake");
        assertThatThrownBy(() -> export(ReportRequest.of(ReportKind.MISSING, 2026).withGoal("no-such-goal")))
                .isInstanceOf(ReportException.class).hasMessageContaining("no-such-goal").hasMessageContaining("tier-uptake");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void aManualGoalHasNoOneToListAndTheSheetSaysWhichGoalsHave() throws Exception {
        try (XSSFWorkbook wb = Sheets.open(export(ReportRequest.of(ReportKind.MISSING, 2026).withGoal("satisfaction")))) {
            assertThat(Sheets.text(wb.getSheetAt(0), 5, 0)).contains("受講率・到達率の目標を選んでください");
        }
        assertThat(city.exports().missingListGoals(2026)).extracting(e -> e.goal().code()).contains("tier-uptake")
                .doesNotContain("satisfaction");
        assertThat(city.exports().suggestedFileName(ReportRequest.of(ReportKind.MISSING, 2026).withGoal("tier-uptake")))
                .isEqualTo("令和8年度_未受講者一覧_" + goal("tier-uptake").name() + ".xlsx");
    }
}
