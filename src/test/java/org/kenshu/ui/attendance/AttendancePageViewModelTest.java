package org.kenshu.ui.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.ImportBatch;
import org.kenshu.model.ImportKind;
import org.kenshu.model.Progress;
import org.kenshu.service.Workspace;
import org.kenshu.service.imports.ConflictPolicy;
import org.kenshu.service.imports.ImportOptions;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.FakeDialogs;
import org.kenshu.ui.common.SameThreadTaskRunner;
import org.kenshu.ui.imports.WizardCity;

/** 受講実績's import history: 「取り消す」 asks first, undoes the whole batch, and shows why when it cannot. */
class AttendancePageViewModelTest {
    @TempDir
    Path dir;
    Workspace ws;
    final FakeDialogs dialogs = new FakeDialogs();
    AttendancePageViewModel vm;

    @BeforeEach
    void open() throws Exception {
        ws = WizardCity.open(dir);
        var state = new AppState();
        state.fiscalYearProperty().set(2026);
        vm = new AttendancePageViewModel(ws.services().attendance, ws.services().imports,
                new SameThreadTaskRunner(e -> dialogs.errors.add(e.toString())), dialogs, state);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private ImportBatch importMarks(String mark, ConflictPolicy policy) throws Exception {
        var file = WizardCity.csv(dir, mark + ".csv", "職員番号,研修名,受講日,出欠", "00101,新任係長研修,2026/5/12," + mark);
        var options = new ImportOptions(false, false, policy, null, null, false, false, null, false, null, null);
        ws.services().imports.run(ImportKind.ATTENDANCE, List.of(file), options, Progress.NONE);
        vm.refresh();
        return vm.imports().getFirst();
    }

    @Test
    void undoAsksFirstAndThenTakesTheWholeBatchBack() throws Exception {
        ImportBatch batch = importMarks("出席", ConflictPolicy.REJECT);
        dialogs.answer(false);
        vm.undo(batch);
        assertThat(ws.services().info.counts().get("attendance")).isEqualTo(1);
        dialogs.answer(true);
        vm.undo(vm.imports().getFirst());
        assertThat(ws.services().info.counts().get("attendance")).isZero();
        assertThat(vm.imports().getFirst().undone()).isTrue();
        assertThat(dialogs.notifications).anySatisfy(n -> assertThat(n).contains("取り消しました"));
    }

    @Test
    void anUndoThatWouldLoseALaterChangeIsRefusedWithItsReason() throws Exception {
        ImportBatch first = importMarks("欠席", ConflictPolicy.REJECT);
        importMarks("出席", ConflictPolicy.OVERWRITE);
        dialogs.answer(true);
        vm.undo(vm.imports().stream().filter(b -> b.id() == first.id()).findFirst().orElseThrow());
        assertThat(dialogs.errors).singleElement().asString().contains("取込番号 " + first.id(), "後の変更を先に");
        assertThat(vm.imports().stream().filter(b -> b.id() == first.id()).findFirst().orElseThrow().undone()).isFalse();
    }
}
