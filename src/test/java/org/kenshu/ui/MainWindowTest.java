package org.kenshu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.Progress;
import org.kenshu.service.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on a database holding the sample city: every page opens and shows real rows in
 * Japanese. Each page is also saved as a PNG under target/screenshots for a person to look at.
 */
class MainWindowTest {
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
    void everyPageOpensWithRowsFromTheDatabase() throws Exception {
        String[][] pages = {
                {"#navStaff", "#staffTable", "職員・組織"}, {"#navCompetency", "#matrixTable", "能力体系"},
                {"#navCatalog", "#courseTable", "研修カタログ"}, {"#navPlan", "#sessionTable", "年度計画"},
                {"#navAttendance", "#sessionTable", "受講実績"}, {"#navGoals", "#goalTable", "目標・実績"},
                {"#navReports", "#reportTable", "帳票"}, {"#navSettings", "#countTable", "設定"}};
        for (String[] page : pages) {
            robot.clickOn(page[0]);
            TableView<?> table = waitForRows(page[1]);
            assertThat(table.getItems()).as(page[2]).isNotEmpty();
            assertThat(robot.lookup(".page-title").queryAs(Label.class).getText()).isEqualTo(page[2]);
            snapshot(page[0].substring(4).toLowerCase());
        }
    }

    @Test
    void theStaffTableFiltersAsTheOfficerTypes() throws Exception {
        robot.clickOn("#navStaff");
        TableView<?> table = waitForRows("#staffTable");
        int all = table.getItems().size();
        robot.clickOn("#filterField").write("人事課");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems().size()).isBetween(1, all - 1);
        robot.interact(() -> robot.lookup("#filterField").queryAs(TextField.class).clear());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(all);
    }

    @Test
    void theFiscalYearSelectorShowsTheEraAndSwitchesThePlan() throws Exception {
        robot.clickOn("#navPlan");
        TableView<?> plan = waitForRows("#sessionTable");
        @SuppressWarnings("unchecked")
        ComboBox<Integer> years = robot.lookup("#fiscalYearBox").queryAs(ComboBox.class);
        assertThat(years.getButtonCell().getText()).isEqualTo("令和8年度 (2026)");
        Object firstSession2026 = plan.getItems().getFirst();
        robot.interact(() -> years.setValue(2025));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !plan.getItems().isEmpty() && plan.getItems().getFirst() != firstSession2026);
        assertThat(years.getButtonCell().getText()).isEqualTo("令和7年度 (2025)");
        robot.interact(() -> years.setValue(2026));
    }

    @Test
    void navigationButtonsCarryJapaneseNames() {
        assertThat(robot.lookup("#navAttendance").queryAs(ToggleButton.class).getText()).isEqualTo("受講実績");
        assertThat(stage.getTitle()).contains("さくら台市");
    }

    private TableView<?> waitForRows(String id) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            var found = robot.lookup(id).tryQueryAs(TableView.class);
            return found.isPresent() && found.get().isVisible() && !found.get().getItems().isEmpty();
        });
        return robot.lookup(id).queryAs(TableView.class);
    }

    private void snapshot(String name) throws Exception {
        Snapshots.write(stage.getScene().getRoot(), name);
    }
}
