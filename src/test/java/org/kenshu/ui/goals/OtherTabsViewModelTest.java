package org.kenshu.ui.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.io.sheet.SpreadsheetReaders;
import org.kenshu.model.Goal;
import org.kenshu.model.Progress;
import org.kenshu.service.Workspace;
import org.kenshu.service.goals.GoalChoices;
import org.kenshu.store.TestStore;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.FakeDialogs;
import org.kenshu.ui.common.SameThreadTaskRunner;
import org.kenshu.ui.common.UndoStack;
import org.kenshu.ui.goals.designations.DesignationsViewModel;
import org.kenshu.ui.goals.reports.FeedbackViewModel;
import org.kenshu.ui.goals.reports.TrainingReportsViewModel;

/** 役割・認定 and 復命書・満足度 view models on the sample city. */
class OtherTabsViewModelTest {
    @TempDir
    static Path dir;
    static Workspace ws;
    FakeDialogs dialogs;
    UndoStack undo;
    AppState state;
    SameThreadTaskRunner tasks;

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
    void setUp() {
        dialogs = new FakeDialogs();
        tasks = new SameThreadTaskRunner(e -> dialogs.errors.add(e.toString()));
        undo = new UndoStack(tasks, dialogs);
        state = new AppState();
        state.fiscalYearProperty().set(2026);
    }

    private DesignationsViewModel designations() {
        var vm = new DesignationsViewModel(ws.services().designations, ws.services().goals, tasks, dialogs, state,
                undo);
        vm.refresh();
        return vm;
    }

    @Test
    void aRoleIsGrantedByEmployeeNumberWithTheNextCohortAndUndoRevokesIt() {
        var vm = designations();
        assertThat(vm.roleProperty().get().name()).isEqualTo("DX推進リーダー");
        assertThat(vm.cohortProperty().get()).isEqualTo("1期生");
        vm.employeeNoProperty().set("00101");
        vm.grantByEmployeeNo();
        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.holders()).singleElement().satisfies(h -> {
            assertThat(h.employeeNo()).isEqualTo("00101");
            assertThat(h.designation().cohort()).isEqualTo("1期生");
        });
        undo.undo();
        assertThat(vm.holders()).isEmpty();
    }

    @Test
    void anUnknownEmployeeNumberIsSaidPlainly() {
        var vm = designations();
        vm.employeeNoProperty().set("99999");
        vm.grantByEmployeeNo();
        assertThat(dialogs.errors).singleElement().asString().contains("99999");
    }

    @Test
    void completersOfACourseCanBeGrantedARole() {
        var vm = designations();
        GoalChoices.Named digital = vm.courses().stream().filter(c -> c.name().equals("デジタルツール基礎研修"))
                .findFirst().orElseThrow();
        vm.chosenCourses().add(digital.id());
        vm.findCompleters();
        assertThat(vm.completers()).isNotEmpty();
        vm.chosenCompleters().setAll(vm.completers().subList(0, 2));
        vm.grantToChosenCompleters();
        assertThat(vm.holders()).hasSize(2);
        vm.selectedHolders().setAll(vm.holders());
        dialogs.answer(true);
        vm.revokeChosen();
        assertThat(vm.holders()).isEmpty();
        undo.undo();
        assertThat(vm.holders()).hasSize(2);
        vm.selectedHolders().setAll(vm.holders());
        dialogs.answer(true);
        vm.revokeChosen();
    }

    @Test
    void aTrainingReportIsSavedAndTheOverdueListShrinks() {
        var vm = new TrainingReportsViewModel(ws.services().trainingReports, tasks, dialogs, state, undo);
        vm.externalOnlyProperty().set(false);
        vm.overdueOnlyProperty().set(true);
        int overdue = vm.shown().size();
        assertThat(overdue).isPositive();
        vm.selectedProperty().set(vm.shown().getFirst());
        vm.submittedOnProperty().set(LocalDate.of(2026, 11, 20));
        vm.learnedProperty().set("傾聴の技法");
        vm.applicationProperty().set("係内の面談で使う");
        vm.sharingProperty().set("係会で報告");
        vm.save();
        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.shown()).hasSize(overdue - 1);
        undo.undo();
        assertThat(vm.shown()).hasSize(overdue);
    }

    @Test
    void satisfactionCountsAreReadFromASurveyFileSavedAndFeedTheManualGoal() throws Exception {
        var vm = new FeedbackViewModel(ws.services().feedback, ws.services().goalRegister, tasks, dialogs, state,
                undo);
        vm.refresh();
        vm.selectedProperty().set(vm.sessions().getFirst());
        Path csv = Files.writeString(dir.resolve("集計.csv"), "評価,人数\r\n5,30\r\n4,10\r\n3,6\r\n2,3\r\n1,1\r\n");
        dialogs.answer(csv);
        vm.importFile();
        assertThat(vm.count(5).get()).isEqualTo("30");
        vm.save();
        assertThat(vm.shareProperty().get()).contains("80.0%");
        Goal satisfaction = ws.services().goals.findByCode("satisfaction").orElseThrow();
        dialogs.answer(satisfaction);
        vm.applyToGoal();
        assertThat(dialogs.errors).isEmpty();
        assertThat(ws.services().goals.result(satisfaction, 2026).actual()).isEqualTo(0.8);
        undo.undo();
        assertThat(ws.services().goals.result(satisfaction, 2026).actual()).isNull();
        undo.undo();
        vm.refresh();
        assertThat(vm.shareProperty().get()).contains("まだ");
    }
}
