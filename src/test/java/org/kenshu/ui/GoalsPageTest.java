package org.kenshu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.Progress;
import org.kenshu.service.Workspace;
import org.kenshu.ui.goals.GoalFormat;
import org.kenshu.ui.goals.GoalRow;
import org.kenshu.ui.goals.TargetBarChart;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 目標・実績 in the window on the sample city: 令和7年度's tier uptake reads 91.5% (173/189), the
 * breakdown chart carries the target line, the drill-down lists people, and every tab opens.
 * Each tab is saved under target/screenshots.
 */
class GoalsPageTest {
    @TempDir
    static Path dir;
    static Stage stage;
    static TestWindow window;
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startWithTheSampleCity() throws Exception {
        try (Workspace ws = TestWindow.open(dir)) {
            ws.services().sample.load(Progress.NONE);
        }
        window = TestWindow.start(dir);
        stage = window.stage();
    }

    @AfterAll
    static void stop() throws Exception {
        window.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDashboardShowsTierUptakeAndTheDrillDownListsPeople() throws Exception {
        robot.clickOn("#navGoals");
        ComboBox<Integer> years = robot.lookup("#fiscalYearBox").queryAs(ComboBox.class);
        robot.interact(() -> years.setValue(2025));
        TableView<GoalRow> goals = robot.lookup("#goalTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> goals.getItems().stream()
                .anyMatch(r -> r.result().fiscalYear() == 2025 && r.result().goal().code().equals("tier-uptake")));
        GoalRow tier = goals.getItems().stream().filter(r -> r.result().goal().code().equals("tier-uptake"))
                .findFirst().orElseThrow();
        assertThat(GoalFormat.value(tier.result(), tier.result().actual())).isEqualTo("91.5%");
        assertThat(GoalFormat.fraction(tier.result())).isEqualTo("173 / 189");
        assertThat(robot.lookup("91.5%").tryQuery()).isPresent();
        assertThat(robot.lookup("173 / 189").tryQuery()).isPresent();
        robot.interact(() -> goals.getSelectionModel().select(tier));
        TargetBarChart chart = robot.lookup("#breakdownChart").queryAs(TargetBarChart.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !chart.getData().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.targetLine().isVisible()).isTrue();
        Snapshots.write(stage.getScene().getRoot(), "goals-dashboard");

        TabPane detail = robot.lookup("#detailTabs").queryAs(TabPane.class);
        robot.interact(() -> detail.getSelectionModel().select(1));
        TableView<?> gap = robot.lookup("#gapTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !gap.getItems().isEmpty());
        assertThat(gap.getItems()).hasSize(189 - 173);
        Snapshots.write(stage.getScene().getRoot(), "goals-gap");
        robot.interact(() -> detail.getSelectionModel().select(3));
        Snapshots.write(stage.getScene().getRoot(), "goals-form");
    }

    @Test
    void everyTabOpens() throws Exception {
        robot.clickOn("#navGoals");
        TabPane tabs = robot.lookup("#goalsTabs").queryAs(TabPane.class);
        String[][] expected = {{"1", "#holderTable", "goals-designations"}, {"2", "#reportTable", "goals-reports"},
                {"3", "#initiativeTable", "goals-plan"}};
        for (String[] tab : expected) {
            robot.interact(() -> tabs.getSelectionModel().select(Integer.parseInt(tab[0])));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup(tab[1]).queryAs(TableView.class).isVisible()).as(tab[1]).isTrue();
            Thread.sleep(500);
            WaitForAsyncUtils.waitForFxEvents();
            Snapshots.write(stage.getScene().getRoot(), tab[2]);
        }
        TableView<?> reports = robot.lookup("#reportTable").queryAs(TableView.class);
        robot.interact(() -> tabs.getSelectionModel().select(2));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !reports.getItems().isEmpty());
        robot.interact(() -> tabs.getSelectionModel().select(0));
    }
}
