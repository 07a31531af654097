package org.kenshu.ui.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.io.sheet.SpreadsheetReaders;
import org.kenshu.model.GapReason;
import org.kenshu.model.GoalKind;
import org.kenshu.model.Progress;
import org.kenshu.service.Workspace;
import org.kenshu.service.goals.GapPerson;
import org.kenshu.service.goals.Renomination.LaterSession;
import org.kenshu.store.TestStore;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.FakeDialogs;
import org.kenshu.ui.common.SameThreadTaskRunner;
import org.kenshu.ui.common.UndoStack;

/** The 目標 tab's view models on the sample city: dashboard, breakdown, the gap and what is done from it. */
class GoalsPageViewModelTest {
    @TempDir
    static Path dir;
    static Workspace ws;
    FakeDialogs dialogs;
    UndoStack undo;
    AppState state;
    GoalsPageViewModel page;

    @BeforeAll
    static void loadTheSampleCity() {
        ws = Workspace.open(dir, SpreadsheetReaders::read, TestStore.CLOCK);
        ws.services().sample.load(Progress.NONE);
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    @BeforeEach
    void page() {
        dialogs = new FakeDialogs();
        var tasks = new SameThreadTaskRunner(e -> dialogs.errors.add(e.toString()));
        undo = new UndoStack(tasks, dialogs);
        state = new AppState();
        state.fiscalYearProperty().set(2025);
        page = new GoalsPageViewModel(ws.services(), tasks, dialogs, state, undo);
        page.refresh();
    }

    private GoalRow row(String code) {
        return page.dashboard().rows().stream().filter(r -> r.result().goal().code().equals(code)).findFirst()
                .orElseThrow();
    }

    @Test
    void theDashboardShowsTierUptakeForFiscal2025As173Of189() {
        GoalRow tier = row("tier-uptake");
        assertThat(GoalFormat.value(tier.result(), tier.result().actual())).isEqualTo("91.5%");
        assertThat(GoalFormat.fraction(tier.result())).isEqualTo("173 / 189");
        assertThat(GoalFormat.status(tier.result())).isEqualTo("達成");
        assertThat(tier.trend()).isNotEmpty();
        assertThat(page.dashboard().summaryProperty().get()).startsWith("目標 3 件");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void choosingAGoalShowsItsBreakdownByTierAndByDepartment() {
        page.dashboard().selectedProperty().set(row("tier-uptake"));
        assertThat(page.breakdown().groups()).isNotEmpty();
        int sum = page.breakdown().groups().stream().mapToInt(b -> b.denominator()).sum();
        assertThat(sum).isEqualTo(189);
        page.breakdown().byDepartmentProperty().set(true);
        assertThat(page.breakdown().groups().stream().mapToInt(b -> b.denominator()).sum()).isEqualTo(189);
        assertThat(page.breakdown().value(page.breakdown().groups().getFirst())).contains("%", "/");
    }

    @Test
    void theGapListIsReadWhenShownAndGivesReasons() {
        state.fiscalYearProperty().set(2026);
        page.refresh();
        page.dashboard().selectedProperty().set(row("tier-uptake"));
        assertThat(page.gap().people()).isEmpty();
        page.gap().setActive(true);
        assertThat(page.gap().people()).hasSize(194 - 168);
        assertThat(page.gap().people()).extracting(GapPerson::reason).contains(GapReason.NOT_YET_HELD);
        assertThat(page.gap().summaryProperty().get()).startsWith("未修了 26 人");
    }

    @Test
    void aNominationMovesToALaterSessionAndUndoPutsItBack() {
        state.fiscalYearProperty().set(2026);
        page.refresh();
        page.dashboard().selectedProperty().set(row("tier-uptake"));
        page.gap().setActive(true);
        GapPerson absent = page.gap().people().stream()
                .filter(p -> p.reason() == GapReason.ABSENT || p.reason() == GapReason.PARTIAL)
                .filter(p -> !ws.services().renomination.laterSessions(p.enrollmentId()).isEmpty())
                .findFirst().orElseThrow();
        LaterSession later = ws.services().renomination.laterSessions(absent.enrollmentId()).getFirst();
        int forecastBefore = row("tier-uptake").result().forecastNumerator();
        page.gap().selectedProperty().set(absent);
        dialogs.answer(later);
        page.gap().renominate();
        assertThat(dialogs.errors).isEmpty();
        assertThat(row("tier-uptake").result().forecastNumerator()).isEqualTo(forecastBefore + 1);
        undo.undo();
        assertThat(row("tier-uptake").result().forecastNumerator()).isEqualTo(forecastBefore);
    }

    @Test
    void exportingTheGapWritesTheMissingListWithThePeopleOnScreen(@org.junit.jupiter.api.io.TempDir Path out)
            throws Exception {
        state.fiscalYearProperty().set(2026);
        page.refresh();
        page.dashboard().selectedProperty().set(row("tier-uptake"));
        page.gap().setActive(true);
        dialogs.answer(out.resolve("一覧"));
        page.gap().export();
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.suggestedNames).singleElement().asString().startsWith("令和8年度_未受講者一覧_");
        Path file = out.resolve("一覧.xlsx");
        assertThat(dialogs.notifications).singleElement().asString().contains("一覧.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(file.toFile())) {
            var numbers = new java.util.ArrayList<String>();
            for (var r : wb.getSheetAt(0)) {
                var c = r.getCell(0);
                if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && c.getStringCellValue().matches("\\d+")) {
                    numbers.add(c.getStringCellValue());
                }
            }
            assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                    page.gap().people().stream().map(GapPerson::employeeNo).toList());
        }
    }

    @Test
    void exportingAGoalWithNobodyBehindItSaysSoAndAsksForNoFile() {
        page.dashboard().selectedProperty().set(row("satisfaction"));
        page.gap().setActive(true);
        page.gap().export();
        assertThat(dialogs.suggestedNames).isEmpty();
        assertThat(dialogs.notifications).singleElement().asString().contains("届いていない人はいません");
    }

    @Test
    void anInvalidGoalIsNotSavedAndTheProblemsAreShown() {
        page.form().newGoal();
        page.form().nameProperty().set("研修の満足度");
        page.form().codeProperty().set("満足度");
        page.form().kindProperty().set(GoalKind.UPTAKE);
        page.form().targetProperty().set("120");
        page.form().save();
        assertThat(page.form().problems()).anySatisfy(p -> assertThat(p).contains("半角英数字"))
                .anySatisfy(p -> assertThat(p).contains("100%"))
                .anySatisfy(p -> assertThat(p).contains("数える研修"));
        assertThat(ws.services().goals.register()).hasSize(3);
    }

    @Test
    void aNewGoalIsCountedAtOnceAndUndoRemovesIt() {
        page.form().newGoal();
        page.form().nameProperty().set("DX推進リーダーの人数");
        page.form().codeProperty().set("dx-leaders");
        page.form().kindProperty().set(GoalKind.HEADCOUNT);
        page.form().roleProperty().set(page.form().choicesProperty().get().roles().getFirst());
        page.form().targetProperty().set("12");
        page.form().unitProperty().set("人");
        page.form().save();
        assertThat(page.form().problems()).isEmpty();
        assertThat(row("dx-leaders").result().target().count()).isEqualTo(12);
        undo.undo();
        assertThat(page.dashboard().rows()).noneMatch(r -> r.result().goal().code().equals("dx-leaders"));
    }

    @Test
    void aGoalChangedElsewhereIsShownBesideMineAndNeverOverwrittenSilently() {
        page.dashboard().selectedProperty().set(row("satisfaction"));
        var stored = ws.services().goals.findByCode("satisfaction").orElseThrow();
        ws.services().goalRegister.save(GoalEdits.withVersion(new org.kenshu.model.Goal(stored.id(), stored.code(),
                "研修満足度（別画面）", stored.kind(), stored.targetRate(), stored.targetCount(), null, null, null, null,
                null, true, stored.fiscalYearFrom(), stored.fiscalYearTo(), null, stored.unit(), stored.description(),
                stored.sortOrder(), 0), stored.version()));
        page.form().nameProperty().set("研修の満足度");
        dialogs.answer(org.kenshu.ui.common.ConflictChoice.TAKE_STORED);
        page.form().save();
        assertThat(dialogs.conflicts).singleElement().satisfies(fields -> {
            assertThat(fields.getFirst().stored()).isEqualTo("研修満足度（別画面）");
            assertThat(fields.getFirst().mine()).isEqualTo("研修の満足度");
        });
        assertThat(page.form().nameProperty().get()).isEqualTo("研修満足度（別画面）");
        page.form().nameProperty().set("研修満足度");
        page.form().save();
        assertThat(ws.services().goals.findByCode("satisfaction").orElseThrow().name()).isEqualTo("研修満足度");
    }

    @Test
    void aManualValueWithItsSourceMakesTheSatisfactionGoalCountAndUndoClearsIt() {
        page.dashboard().selectedProperty().set(row("satisfaction"));
        page.years().valueProperty().set("84");
        page.years().sourceProperty().set("研修後アンケート 令和7年度");
        page.years().save();
        assertThat(dialogs.errors).isEmpty();
        assertThat(row("satisfaction").result().actual()).isEqualTo(0.84);
        assertThat(GoalFormat.status(row("satisfaction").result())).isEqualTo("達成");
        undo.undo();
        assertThat(row("satisfaction").result().actual()).isNull();
    }

    @Test
    void aManualValueWithoutItsSourceIsRefused() {
        page.dashboard().selectedProperty().set(row("satisfaction"));
        page.years().valueProperty().set("84");
        page.years().sourceProperty().set("");
        page.years().save();
        assertThat(dialogs.errors).singleElement().asString().contains("出典");
    }
}
