package org.kenshu.ui.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.service.Workspace;
import org.kenshu.store.TestStore;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.FakeDialogs;
import org.kenshu.ui.common.SameThreadTaskRunner;
import org.kenshu.ui.common.UndoStack;
import org.kenshu.ui.goals.plan.InitiativesViewModel;
import org.kenshu.ui.goals.plan.PlanLine;

/** 実施計画 with the 清瀬市 preset: the review table and editing a year's 計画/実績. */
class InitiativesViewModelTest {
    @TempDir
    Path dir;
    Workspace ws;
    FakeDialogs dialogs = new FakeDialogs();
    UndoStack undo;
    InitiativesViewModel vm;

    @BeforeEach
    void kiyose() {
        ws = Workspace.open(dir, (f, h, p) -> { }, TestStore.CLOCK);
        ws.services().presets.apply("kiyose", null);
        var tasks = new SameThreadTaskRunner(e -> dialogs.errors.add(e.toString()));
        undo = new UndoStack(tasks, dialogs);
        AppState state = new AppState();
        state.fiscalYearProperty().set(2026);
        vm = new InitiativesViewModel(ws.services().initiatives, ws.services().initiativeEdits, tasks, dialogs, state, undo);
        vm.refresh();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void everyInitiativeHasAPlanLineOverAResultLineAndAColumnPerYear() {
        assertThat(vm.lines()).hasSize(22 * 2);
        assertThat(vm.lines().get(0).result()).isFalse();
        assertThat(vm.lines().get(1).result()).isTrue();
        assertThat(vm.years()).contains(2022, 2026, 2028);
        PlanLine external = vm.lines().stream().filter(l -> l.row().initiative().code().equals("P1_D2_I1"))
                .filter(PlanLine::result).findFirst().orElseThrow();
        assertThat(vm.cell(external, 2022)).contains("市町村職員研修所 202名", "202名");
    }

    @Test
    void aYearsResultIsSavedAndUndone() {
        PlanLine line = vm.lines().stream().filter(l -> l.row().initiative().code().equals("P1_D1_I1")).findFirst()
                .orElseThrow();
        vm.choose(line.row(), 2026);
        vm.resultTextProperty().set("階層別研修を12講座実施");
        vm.resultCountProperty().set("12");
        vm.unitProperty().set("講座");
        vm.save();
        assertThat(dialogs.errors).isEmpty();
        PlanLine result = vm.lines().stream().filter(l -> l.row().initiative().code().equals("P1_D1_I1"))
                .filter(PlanLine::result).findFirst().orElseThrow();
        assertThat(vm.cell(result, 2026)).isEqualTo("階層別研修を12講座実施 12講座");
        undo.undo();
        PlanLine again = vm.lines().stream().filter(l -> l.row().initiative().code().equals("P1_D1_I1"))
                .filter(PlanLine::result).findFirst().orElseThrow();
        assertThat(vm.cell(again, 2026)).isEmpty();
    }

    @Test
    void aCountLinkedToARoleFillsItselfAndAnUnknownLinkIsRefused() {
        PlanLine line = vm.lines().getFirst();
        vm.choose(line.row(), 2027);
        vm.countSourceProperty().set("designation:DX_LEADER");
        vm.save();
        assertThat(dialogs.errors).isEmpty();
        PlanLine result = vm.lines().get(1);
        assertThat(vm.cell(result, 2027)).contains("0", "（自動）");
        vm.choose(result.row(), 2027);
        vm.countSourceProperty().set("course:ない研修");
        vm.save();
        assertThat(dialogs.errors).singleElement().asString().contains("ない研修");
    }
}
