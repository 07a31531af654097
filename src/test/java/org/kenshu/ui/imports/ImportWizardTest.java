package org.kenshu.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.ImportKind;
import org.kenshu.service.Workspace;
import org.kenshu.store.TestStore;
import org.kenshu.ui.Snapshots;
import org.kenshu.ui.common.Activity;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.FxDialogService;
import org.kenshu.ui.common.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The wizard in a real (headless) window: a file is previewed, its problem and conflict shown, then committed. */
class ImportWizardTest {
    @TempDir
    static Path dir;
    static Workspace ws;
    static FxTaskRunner tasks;
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void city() throws Exception {
        ws = WizardCity.open(dir);
        FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.cleanupStages();
        if (tasks != null) {
            tasks.close();
        }
        ws.close();
    }

    @Test
    void aPreviewListsTheProblemsAndTheCommitWritesTheValidRows() throws Exception {
        Path file = WizardCity.csv(dir, "出欠.csv", "職員番号,氏名,研修名,受講日,出欠,署名",
                "00101,山田 太郎,新任係長研修,2026/5/12,出席,山田", "00102,佐藤 花子,新任係長研修,R8.5.13,欠席,",
                "00109,鈴木 次郎,新任係長研修,2026/5/12,出席,");
        ImportWizardLauncher[] launcher = new ImportWizardLauncher[1];
        int[] refreshed = {0};
        robot.interact(() -> {
            Stage owner = new Stage();
            var state = new AppState();
            state.fiscalYearProperty().set(2026);
            var dialogs = new FxDialogService(owner, m -> { });
            tasks = new FxTaskRunner(new Activity(), dialogs);
            launcher[0] = new ImportWizardLauncher(ws.services().imports, tasks, dialogs, state, TestStore.CLOCK, owner,
                    () -> refreshed[0]++);
            launcher[0].open(ImportKind.ATTENDANCE, List.of(file));
        });
        robot.clickOn("#previewButton");
        TableView<?> problems = robot.lookup("#problemTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !problems.getItems().isEmpty());
        assertThat(((ProblemRow) problems.getItems().getFirst()).row()).isEqualTo("4");
        assertThat(robot.lookup("#headlineLabel").queryAs(Label.class).getText()).contains("誤りが 1 件");
        assertThat(robot.lookup("#commitButton").queryAs(Button.class).isDisabled()).isTrue();
        Snapshots.write(launcher[0].window().getScene().getRoot(), "import-preview");

        robot.clickOn("#backButton");
        robot.clickOn("#skipInvalidBox");
        robot.clickOn("#previewButton");
        Button commit = robot.lookup("#commitButton").queryAs(Button.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> commit.isVisible() && !commit.isDisabled());
        robot.clickOn("#commitButton");
        Label done = robot.lookup("#doneLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> done.isVisible() && done.getText().contains("取込番号"));
        Snapshots.write(launcher[0].window().getScene().getRoot(), "import-done");
        assertThat(ws.services().info.counts().get("attendance")).isEqualTo(2);
        assertThat(refreshed[0]).isEqualTo(1);
        robot.clickOn("#closeButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(launcher[0].window().isShowing()).isFalse();
    }
}
