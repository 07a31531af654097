package org.kenshu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.io.sheet.SpreadsheetReaders;
import org.kenshu.model.Progress;
import org.kenshu.service.Workspace;
import org.kenshu.service.targets.Member;
import org.kenshu.service.targets.PlannedCourse;
import org.kenshu.store.TestStore;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.FakeDialogs;
import org.kenshu.ui.common.SameThreadTaskRunner;
import org.kenshu.ui.common.UndoStack;
import org.kenshu.ui.plan.targets.BoardColumn;
import org.kenshu.ui.plan.targets.NominationsPaneView;
import org.kenshu.ui.plan.targets.NominationsPaneViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The nominations pane in a stage of its own, on the sample city: find a course's targets, nominate them,
 * assign them to sessions, and move one person to another session. Dialogs are scripted. Dragging is not
 * tested here: JavaFX's headless platform does not support drag and drop ("Not supported yet" from its
 * clipboard); the drop's effect is tested on the view model, and the drag was tried by hand under Xvfb.
 */
class NominationsPaneTest {
    @TempDir
    static Path dir;
    static Workspace ws;
    static FakeDialogs dialogs = new FakeDialogs();
    static NominationsPaneViewModel vm;
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void showThePane() throws Exception {
        ws = Workspace.open(dir, SpreadsheetReaders::read, TestStore.CLOCK);
        ws.services().sample.load(Progress.NONE);
        var tasks = new SameThreadTaskRunner(e -> dialogs.errors.add(e.toString()));
        var state = new AppState();
        state.organisationProperty().set(ws.services().organisation.organisation());
        state.fiscalYearProperty().set(2026);
        vm = new NominationsPaneViewModel(ws.services().targets, ws.services().assignments, tasks, dialogs, state,
                new UndoStack(tasks, dialogs), TestStore.CLOCK);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            var view = new NominationsPaneView(vm, state);
            Scene scene = new Scene((javafx.scene.Parent) view.root(), 1190, 760);
            scene.getStylesheets().add(Objects.requireNonNull(
                    NominationsPaneTest.class.getResource("/org/kenshu/ui/kenshu.css")).toExternalForm());
            stage.setScene(scene);
            stage.show();
            view.refresh();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.cleanupStages();
        ws.close();
    }

    private void choose(String course) {
        @SuppressWarnings("unchecked")
        ComboBox<PlannedCourse> box = robot.lookup("#courseBox").queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(box.getItems().stream().filter(c -> c.name().equals(course)).findFirst()
                .orElseThrow()));
    }

    @SuppressWarnings("unchecked")
    private ListView<Member> list(String id) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().isPresent());
        return robot.lookup(id).queryAs(ListView.class);
    }

    @Test
    void targetsAreFoundNominatedAndAssignedToSessions() throws Exception {
        choose("文書事務研修");
        robot.clickOn("#generateButton");
        TableView<?> targets = robot.lookup("#targetTable").queryAs(TableView.class);
        assertThat(targets.getItems()).hasSizeGreaterThan(200);
        dialogs.answer(true);
        robot.clickOn("#nominateButton");
        assertThat(list("#unassignedList").getItems()).hasSizeGreaterThan(100);
        int before = list("#sessionList4").getItems().size();
        dialogs.answer(true);
        robot.clickOn("#assignButton");
        assertThat(list("#sessionList4").getItems()).hasSize(24).hasSizeGreaterThan(before);
        assertThat(list("#waitingList").getItems()).isNotEmpty();
        assertThat(robot.lookup("#unassignedList").tryQuery()).isEmpty();
        Snapshots.write(robot.lookup("#targetTable").query().getScene().getRoot(), "nominations");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aPersonIsMovedToAnotherSessionFromTheMenu() throws Exception {
        choose("新任主任研修");
        ListView<Member> first = list("#sessionList1");
        Member person = first.getItems().getFirst();
        robot.clickOn(robot.lookup("#sessionList1 .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        BoardColumn third = vm.columns().stream().filter(c -> c.sessionNo() == 3).findFirst().orElseThrow();
        dialogs.answer(third);
        robot.clickOn("#moveButton");
        assertThat(list("#sessionList3").getItems()).extracting(Member::name).contains(person.name());
        assertThat(list("#sessionList1").getItems()).extracting(Member::name).doesNotContain(person.name());
        assertThat(dialogs.errors).isEmpty();
    }
}
