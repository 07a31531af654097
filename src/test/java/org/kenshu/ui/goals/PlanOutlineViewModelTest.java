package org.kenshu.ui.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.service.InitiativeEditService.Level;
import org.kenshu.service.Workspace;
import org.kenshu.store.TestStore;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.FakeDialogs;
import org.kenshu.ui.common.SameThreadTaskRunner;
import org.kenshu.ui.common.UndoStack;
import org.kenshu.ui.goals.plan.InitiativesViewModel;
import org.kenshu.ui.goals.plan.PlanLine;
import org.kenshu.ui.goals.plan.PlanOutlineViewModel;

/** 実施計画 of a city without a preset: the officer builds 柱 → 方向性 → 取組 on the tab. */
class PlanOutlineViewModelTest {
    @TempDir
    Path dir;
    Workspace ws;
    FakeDialogs dialogs = new FakeDialogs();
    UndoStack undo;
    InitiativesViewModel vm;
    PlanOutlineViewModel outline;

    @BeforeEach
    void emptyCity() {
        ws = Workspace.open(dir, (f, h, p) -> { }, TestStore.CLOCK);
        var tasks = new SameThreadTaskRunner(e -> dialogs.errors.add(e.toString()));
        undo = new UndoStack(tasks, dialogs);
        AppState state = new AppState();
        state.fiscalYearProperty().set(2026);
        vm = new InitiativesViewModel(ws.services().initiatives, ws.services().initiativeEdits, tasks, dialogs, state,
                undo);
        outline = vm.outline();
        vm.refresh();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private PlanLine line(int index) {
        return vm.lines().get(index);
    }

    /** 人材育成 → 階層別研修の充実 → 新任係長研修, each added on the line chosen before. */
    private void buildOne() {
        dialogs.answer("人材育成");
        outline.addPillar();
        vm.select(line(0), Level.PILLAR, 2026);
        dialogs.answer("階層別研修の充実");
        outline.addDirection();
        vm.select(line(0), Level.DIRECTION, 2026);
        dialogs.answer("新任係長研修");
        outline.addInitiative();
    }

    @Test
    void aPillarADirectionAndAnInitiativeAddedInTurnAppearAsAPlanAndAResultLine() {
        assertThat(vm.lines()).isEmpty();
        dialogs.answer("人材育成");
        outline.addPillar();
        assertThat(vm.lines()).singleElement().satisfies(l -> assertThat(l.row().direction()).isNull());
        assertThat(outline.targetTextProperty().get()).isEqualTo("操作の対象：柱「人材育成」");
        assertThat(vm.focusProperty().get().level()).isEqualTo(Level.PILLAR);
        assertThat(outline.cannotAddInitiative().get()).isTrue();
        dialogs.answer("階層別研修の充実");
        outline.addDirection();
        vm.select(line(0), Level.DIRECTION, 2026);
        dialogs.answer("新任係長研修");
        outline.addInitiative();
        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.lines()).hasSize(2);
        assertThat(line(0).row().initiative().name()).isEqualTo("新任係長研修");
        assertThat(dialogs.notifications).last().asString().contains("取組「新任係長研修」を追加しました");
        undo.undo();
        assertThat(vm.lines()).singleElement().satisfies(l -> assertThat(l.row().initiative()).isNull());
    }

    @Test
    void aTakenNameIsRefusedBeforeSavingAndACancelDoesNothing() {
        dialogs.answer("人材育成");
        outline.addPillar();
        dialogs.answer("人材育成");
        outline.addPillar();
        assertThat(dialogs.errors).singleElement().asString().contains("柱「人材育成」がすでにあります");
        outline.addPillar();
        assertThat(vm.lines()).hasSize(1);
    }

    @Test
    void theChosenColumnSaysWhatIsRenamedAndUndoPutsTheOldNameBack() {
        buildOne();
        vm.select(line(0), Level.DIRECTION, 2026);
        assertThat(outline.targetTextProperty().get()).isEqualTo("操作の対象：方向性「階層別研修の充実」");
        dialogs.answer("階層別研修の見直し");
        outline.rename();
        assertThat(line(0).row().direction().name()).isEqualTo("階層別研修の見直し");
        assertThat(outline.targetTextProperty().get()).contains("階層別研修の見直し");
        undo.undo();
        assertThat(line(0).row().direction().name()).isEqualTo("階層別研修の充実");
    }

    @Test
    void moveUpPutsAPillarFirstAndUndoPutsItBack() {
        buildOne();
        dialogs.answer("職場環境");
        outline.addPillar();
        vm.select(vm.lines().getLast(), Level.PILLAR, 2026);
        outline.moveUp();
        assertThat(line(0).row().pillar().name()).isEqualTo("職場環境");
        undo.undo();
        assertThat(line(0).row().pillar().name()).isEqualTo("人材育成");
    }

    @Test
    void deletingAPillarWithADirectionIsRefusedWithTheCountAndAnEmptyOneIsDeletedAfterAYes() {
        buildOne();
        vm.select(line(0), Level.PILLAR, 2026);
        outline.delete();
        assertThat(dialogs.errors).containsExactly("この柱には方向性が 1 件あります。先に方向性を削除してください。");
        vm.select(line(0), Level.INITIATIVE, 2026);
        dialogs.answer(true);
        outline.delete();
        assertThat(vm.lines()).singleElement().satisfies(l -> assertThat(l.row().initiative()).isNull());
        assertThat(outline.targetProperty().get()).isNull();
        undo.undo();
        assertThat(line(0).row().initiative().name()).isEqualTo("新任係長研修");
    }

    @Test
    void anInitiativeWithAYearsPlanIsNotDeleted() {
        buildOne();
        vm.select(line(0), Level.INITIATIVE, 2026);
        vm.planTextProperty().set("年2回実施");
        vm.save();
        vm.select(line(0), Level.INITIATIVE, 2026);
        outline.delete();
        assertThat(dialogs.errors).singleElement().asString().contains("1 年度分の計画・実績が入力されています");
        assertThat(vm.lines()).hasSize(2);
    }
}
