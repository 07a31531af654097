package org.kenshu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.Progress;
import org.kenshu.service.CourseEntry;
import org.kenshu.service.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window on the sample city: the year calendar opens a session, and a course is edited in the catalog. */
class PlanAndCatalogWindowTest {
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
        FxToolkit.setupStage(s -> {
            s.setWidth(1366);
            s.setHeight(860);
        });
    }

    @AfterAll
    static void stop() throws Exception {
        window.close();
    }

    @Test
    void aSessionAppearsInItsMonthOfTheYearCalendarAndOpensWhenClicked() throws Exception {
        robot.clickOn("#navPlan");
        waitFor(() -> robot.lookup("#sessionTable").tryQueryAs(TableView.class)
                .map(t -> !t.getItems().isEmpty()).orElse(false));
        robot.clickOn("年間カレンダー");
        waitFor(() -> !robot.lookup("#month-2026-04").lookup(".session-chip").queryAll().isEmpty());
        Node april = robot.lookup("#month-2026-04").query();
        assertThat(robot.from(april).lookup(".calendar-weekday").queryAllAs(Label.class))
                .extracting(Label::getText).containsExactly("日", "月", "火", "水", "木", "金", "土");
        Region chip = robot.from(april).lookup(".session-chip").queryAs(Region.class);
        long sessionId = (Long) chip.getUserData();
        robot.clickOn(chip);
        waitFor(() -> robot.lookup("#sessionTitleLabel").tryQueryAs(Label.class)
                .map(l -> l.isVisible() && !l.getText().isEmpty()).orElse(false));
        assertThat(robot.lookup("#sessionTitleLabel").queryAs(Label.class).getText()).startsWith("新規採用職員研修 第");
        assertThat(sessionId).isPositive();
        Snapshots.write(stage.getScene().getRoot(), "plan-calendar");
        robot.clickOn("#sessionCloseButton");
    }

    @Test
    void aCourseIsEditedInTheCatalogAndTheTableShowsTheNewCapacity() throws Exception {
        robot.clickOn("#navCatalog");
        waitFor(() -> robot.lookup("#courseTable").tryQueryAs(TableView.class)
                .map(t -> !t.getItems().isEmpty()).orElse(false));
        robot.clickOn("新任主任研修");
        waitFor(() -> "新任主任研修".equals(robot.lookup("#courseNameField").queryAs(TextField.class).getText()));
        robot.interact(() -> robot.lookup("#capacityField").queryAs(TextField.class).setText("18"));
        robot.clickOn("#courseSaveButton");
        @SuppressWarnings("unchecked")
        TableView<CourseEntry> table = robot.lookup("#courseTable").queryAs(TableView.class);
        waitFor(() -> table.getItems().stream().anyMatch(e -> e.course().name().equals("新任主任研修")
                && Integer.valueOf(18).equals(e.course().defaultCapacity())));
        Snapshots.write(stage.getScene().getRoot(), "catalog-edit");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCode.CONTROL);
        waitFor(() -> table.getItems().stream().anyMatch(e -> e.course().name().equals("新任主任研修")
                && Integer.valueOf(15).equals(e.course().defaultCapacity())));
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }
}
