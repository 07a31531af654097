package org.kenshu.ui.plan.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.io.sheet.SpreadsheetReaders;
import org.kenshu.model.EnrollmentKind;
import org.kenshu.model.Progress;
import org.kenshu.service.Workspace;
import org.kenshu.service.targets.AssignStrategy;
import org.kenshu.service.targets.Member;
import org.kenshu.service.targets.Target;
import org.kenshu.store.TestStore;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.FakeDialogs;
import org.kenshu.ui.common.SameThreadTaskRunner;
import org.kenshu.ui.common.UndoStack;

/** The nominations pane's view model on the sample city (2026-11-21): each test works on its own course. */
class NominationsPaneViewModelTest {
    @TempDir
    static Path dir;
    static Workspace ws;
    FakeDialogs dialogs;
    UndoStack undo;
    NominationsPaneViewModel vm;

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
    void open() {
        dialogs = new FakeDialogs();
        var tasks = new SameThreadTaskRunner(e -> dialogs.errors.add(e.toString()));
        undo = new UndoStack(tasks, dialogs);
        var state = new AppState();
        state.organisationProperty().set(ws.services().organisation.organisation());
        state.fiscalYearProperty().set(2026);
        vm = new NominationsPaneViewModel(ws.services().targets, ws.services().assignments, tasks, dialogs, state,
                undo, TestStore.CLOCK);
        vm.refresh();
    }

    private void choose(String course) {
        vm.courseProperty().set(vm.courses().stream().filter(c -> c.name().equals(course)).findFirst().orElseThrow());
    }

    private BoardColumn column(BoardColumn.Kind kind, int sessionNo) {
        return vm.columns().stream().filter(c -> c.kind() == kind && c.sessionNo() == sessionNo).findFirst()
                .orElseThrow();
    }

    private long notYetEnrolled() {
        return vm.shownTargets().stream().filter(t -> !t.enrolled()).count();
    }

    @Test
    void theFirstCourseOfThePlanIsShownWithItsSessionsAndTheWaitingList() {
        assertThat(vm.courses()).hasSizeGreaterThan(40);
        assertThat(vm.courseProperty().get().name()).isEqualTo("新規採用職員研修");
        assertThat(vm.columns()).extracting(BoardColumn::kind)
                .containsExactly(BoardColumn.Kind.SESSION, BoardColumn.Kind.SESSION, BoardColumn.Kind.WAITING);
        assertThat(vm.columns().getFirst().title()).isEqualTo("第1回 4月7日(火)～9日(木)");
        assertThat(vm.emptyTextProperty().get()).contains("対象者を抽出", "新規採用職員研修");
    }

    @Test
    void generatingListsTargetsWithReasonsAndComparesThemWithCapacity() {
        choose("新任主任研修");
        vm.generate();
        assertThat(vm.shownTargets()).hasSize(12).allMatch(Target::enrolled);
        assertThat(vm.shownTargets().getFirst().reason()).isEqualTo("主任級・R8.4.1 昇任（新任）");
        assertThat(vm.targetSummaryProperty().get()).isEqualTo("対象 12 人（指名済 12 人・未指名 0 人）　基準日 R8.4.1");
        assertThat(vm.capacitySummaryProperty().get())
                .isEqualTo("対象 12 人 ／ 定員 計 45 人（3 回） ／ 階層別研修の受講率 90% には 11 席 → 足りています");
        assertThat(vm.canNominateProperty().get()).isFalse();
        vm.filterProperty().set("00795");
        assertThat(vm.shownTargets()).singleElement().extracting(Target::name).isEqualTo("菅原 恵子");
    }

    @Test
    void nominatingAsksFirstAndOneUndoRemovesTheNewNominationsAgain() {
        choose("法制執務研修");
        vm.generate();
        long before = notYetEnrolled();
        assertThat(before).isPositive();
        dialogs.answer(false);
        vm.nominate();
        assertThat(notYetEnrolled()).isEqualTo(before);
        dialogs.answer(true);
        vm.nominate();
        assertThat(notYetEnrolled()).isZero();
        assertThat(vm.columns().getFirst().kind()).isEqualTo(BoardColumn.Kind.UNASSIGNED);
        assertThat(vm.columns().getFirst().members()).hasSize((int) before);
        undo.undo();
        assertThat(notYetEnrolled()).isEqualTo(before);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void assigningShowsTheProposalWritesItWhenAgreedAndUndoPutsItBack() {
        choose("財務会計研修");
        vm.generate();
        dialogs.answer(true);
        vm.nominate();
        BoardColumn fourth = column(BoardColumn.Kind.SESSION, 4);
        int seated = fourth.members().size();
        vm.strategyProperty().set(AssignStrategy.SPREAD_DEPARTMENTS);
        dialogs.answer(true);
        vm.board().assign();
        assertThat(column(BoardColumn.Kind.SESSION, 4).members()).hasSize(24);
        assertThat(column(BoardColumn.Kind.SESSION, 5).full()).isTrue();
        assertThat(column(BoardColumn.Kind.WAITING, 0).members()).isNotEmpty();
        assertThat(vm.columns()).noneMatch(c -> c.kind() == BoardColumn.Kind.UNASSIGNED);
        assertThat(dialogs.notifications).anyMatch(n -> n.contains("割り振り"));
        undo.undo();
        assertThat(column(BoardColumn.Kind.SESSION, 4).members()).hasSize(seated);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void movingAPersonByTheMenuAsksWhereAndAFullSessionAsksAgain() {
        choose("新任主任研修");
        Member person = column(BoardColumn.Kind.SESSION, 1).members().getFirst();
        BoardColumn third = column(BoardColumn.Kind.SESSION, 3);
        dialogs.answer(third);
        vm.board().moveToOtherSession(person);
        assertThat(column(BoardColumn.Kind.SESSION, 3).members()).extracting(Member::name).contains(person.name());
        assertThat(column(BoardColumn.Kind.SESSION, 1).members()).extracting(Member::name)
                .doesNotContain(person.name());
        undo.undo();
        assertThat(column(BoardColumn.Kind.SESSION, 1).members()).extracting(Member::name).contains(person.name());
    }

    @Test
    void aDropOnAFullSessionAsksBeforeMoving() {
        choose("近隣市合同若手職員交流研修");
        BoardColumn first = column(BoardColumn.Kind.SESSION, 1);
        BoardColumn second = column(BoardColumn.Kind.SESSION, 2);
        assertThat(second.full()).isTrue();
        Member person = first.members().getFirst();
        dialogs.answer(false);
        vm.board().moveTo(person.enrollmentId(), second);
        assertThat(column(BoardColumn.Kind.SESSION, 2).members()).hasSameSizeAs(second.members());
        dialogs.answer(true);
        vm.board().moveTo(person.enrollmentId(), second);
        assertThat(column(BoardColumn.Kind.SESSION, 2).members()).hasSize(second.members().size() + 1);
    }

    @Test
    void aDeclineGivesTheSeatToTheFirstWhoWaits() {
        choose("文書事務研修");
        vm.generate();
        dialogs.answer(true);
        vm.nominate();
        dialogs.answer(true);
        vm.board().assign();
        Member leaving = column(BoardColumn.Kind.SESSION, 5).members().getFirst();
        Member first = column(BoardColumn.Kind.WAITING, 0).members().getFirst();
        dialogs.answer(true);
        vm.board().decline(leaving);
        assertThat(column(BoardColumn.Kind.SESSION, 5).members()).extracting(Member::name).contains(first.name())
                .doesNotContain(leaving.name());
        assertThat(column(BoardColumn.Kind.EXCUSED, 0).members()).extracting(NominationTexts::member)
                .contains(NominationTexts.member(leaving) + " — 辞退");
    }

    @Test
    void applicantsAreRecordedFromTheSelectionAndAcceptedInApplicationOrder() {
        choose("プレゼンテーション研修");
        assertThat(vm.applicationCourseProperty().get()).isTrue();
        vm.generate();
        assertThat(vm.canNominateProperty().get()).isFalse();
        List<Target> chosen = vm.shownTargets().stream().filter(t -> !t.enrolled()).limit(3).toList();
        vm.recordApplications(chosen);
        assertThat(vm.columns().getFirst().kind()).isEqualTo(BoardColumn.Kind.UNASSIGNED);
        assertThat(vm.columns().getFirst().members()).hasSize(3)
                .allMatch(m -> m.kind() == EnrollmentKind.APPLIED && m.appliedOn() != null);
        dialogs.answer(true);
        vm.board().assign();
        assertThat(column(BoardColumn.Kind.SESSION, 2).members()).extracting(Member::name)
                .contains(chosen.getFirst().name());
    }
}
