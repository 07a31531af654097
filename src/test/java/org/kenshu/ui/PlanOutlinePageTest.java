package org.kenshu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.service.Workspace;
import org.kenshu.ui.goals.plan.PlanLine;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 目標・実績 → 実施計画 on a city set up from 入間市's preset (which brings no plan): the officer adds a
 * 柱, a 方向性 under it and a 取組 under that, typing each name in the dialog, and sees the 取組 in the table.
 */
class PlanOutlinePageTest {
    @TempDir
    static Path dir;
    static Stage stage;
    static TestWindow window;
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startOnACityWithoutAPlan() throws Exception {
        try (Workspace ws = TestWindow.open(dir)) {
            ws.services().presets.apply("iruma", "いるま台市");
        }
        window = TestWindow.start(dir);
        stage = window.stage();
    }

    @AfterAll
    static void stop() throws Exception {
        window.close();
    }

    private static void until(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks {@code button}, types {@code name} into the name dialog and presses OK. */
    private void add(String button, String name) throws Exception {
        robot.clickOn(button);
        until(() -> robot.lookup("#askTextField").tryQuery().isPresent());
        TextField field = robot.lookup("#askTextField").queryAs(TextField.class);
        Snapshots.write(field.getScene().getRoot(), "plan-outline-dialog");
        robot.interact(() -> {
            field.setText(name);
            ((Button) ((DialogPane) field.getScene().getRoot()).lookupButton(ButtonType.OK)).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOfficerBuildsAPillarADirectionAndAnInitiativeAndSeesThemInTheTable() throws Exception {
        robot.clickOn("#navGoals");
        TabPane tabs = robot.lookup("#goalsTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(3));
        TableView<PlanLine> table = robot.lookup("#initiativeTable").queryAs(TableView.class);
        until(table::isVisible);
        assertThat(((Label) table.getPlaceholder().lookup(".label")).getText()).contains("まず「柱を追加」");
        assertThat(robot.lookup("#addInitiativeButton").queryAs(Button.class).isDisabled()).isTrue();
        Snapshots.write(stage.getScene().getRoot(), "plan-outline-empty");

        add("#addPillarButton", "人材育成");
        until(() -> table.getItems().size() == 1);
        // The pillar just added is chosen, so 方向性を追加 goes under it.
        Label target = robot.lookup("#outlineTargetLabel").queryAs(Label.class);
        until(() -> target.getText().equals("操作の対象：柱「人材育成」"));
        add("#addDirectionButton", "階層別研修の充実");
        until(() -> table.getItems().size() == 1 && table.getItems().getFirst().row().direction() != null);
        until(() -> target.getText().equals("操作の対象：方向性「階層別研修の充実」"));
        add("#addInitiativeButton", "新任係長研修");
        until(() -> table.getItems().size() == 2 && target.getText().equals("操作の対象：取組「新任係長研修」"));

        PlanLine plan = table.getItems().getFirst();
        assertThat(plan.row().pillar().name()).isEqualTo("人材育成");
        assertThat(plan.row().direction().name()).isEqualTo("階層別研修の充実");
        assertThat(plan.row().initiative().name()).isEqualTo("新任係長研修");
        assertThat(robot.lookup("新任係長研修").tryQuery()).isPresent();
        Snapshots.write(stage.getScene().getRoot(), "plan-outline-built");
    }
}
