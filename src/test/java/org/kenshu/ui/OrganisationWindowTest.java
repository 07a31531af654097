package org.kenshu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.Assignment;
import org.kenshu.model.Department;
import org.kenshu.model.RequirementLevel;
import org.kenshu.model.Staff;
import org.kenshu.model.Tier;
import org.kenshu.service.Services;
import org.kenshu.service.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 職員・組織 and 能力体系 pages in the real window (headless) on a small fictional city set up
 * from 入間市's preset: filtering, a promotion entered with the keyboard, the ◎/○ grid, the
 * version-conflict dialog and the print preview.
 */
class OrganisationWindowTest {
    @TempDir
    static Path dir;
    static Stage stage;
    static TestWindow window;
    static final AtomicReference<Workspace> opened = new AtomicReference<>();
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startOnAPresetCity() throws Exception {
        try (Workspace ws = TestWindow.open(dir)) {
            Services s = ws.services();
            s.presets.apply("iruma", "いるま台市");
            Department soumu = s.departments.add(Department.root("総務部"));
            Department jinji = s.departments.add(Department.child("人事課", soumu.id()));
            Tier shuji = s.tiers.tiers().getFirst();
            String[] names = {"山田 花子", "佐藤 一郎", "鈴木 次郎", "高橋 三郎", "田中 四郎", "伊藤 五郎"};
            for (int i = 0; i < names.length; i++) {
                s.staff.add(Staff.of(String.valueOf(1001 + i), names[i], null, LocalDate.of(2020, 4, 1)),
                        Assignment.of(0, LocalDate.of(2020, 4, 1), jinji.id(), shuji.id(), null));
            }
        }
        window = TestWindow.start(dir, folder -> {
            Workspace ws = TestWindow.open(folder);
            opened.set(ws);
            return ws;
        });
        stage = window.stage();
    }

    @AfterAll
    static void stop() throws Exception {
        window.close();
    }

    private Services services() {
        return opened.get().services();
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String id) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(id).tryQueryAs(TableView.class)
                .filter(t -> t.isVisible() && !t.getItems().isEmpty()).isPresent());
        return robot.lookup(id).queryAs(TableView.class);
    }

    private void tab(String text) {
        robot.clickOn(robot.lookup(".tab-label").match(LabeledMatchers.hasText(text)).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void until(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    @Test
    void theStaffTableFiltersAsTheOfficerTypes() throws Exception {
        robot.clickOn("#navStaff");
        tab("職員");
        TableView<?> staff = table("#staffTable");
        assertThat(staff.getItems()).hasSize(6);
        robot.clickOn("#filterField").write("山田");
        until(() -> staff.getItems().size() == 1);
        robot.interact(() -> robot.lookup("#filterField").queryAs(TextField.class).clear());
        until(() -> staff.getItems().size() == 6);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL).write("1003");
        until(() -> staff.getItems().size() == 1);
        robot.interact(() -> robot.lookup("#filterField").queryAs(TextField.class).clear());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPromotionIsEnteredWithTheKeyboardAndShowsInTheTable() throws Exception {
        robot.clickOn("#navStaff");
        tab("職員");
        TableView<?> staff = table("#staffTable");
        robot.clickOn(robot.lookup(".table-cell").match(LabeledMatchers.hasText("佐藤 一郎")).queryAs(Node.class));
        until(() -> robot.lookup("#nameField").queryAs(TextField.class).getText().equals("佐藤 一郎"));
        tab("配置履歴");
        TableView<?> history = table("#assignmentHistoryTable");
        assertThat(history.getItems()).hasSize(1);
        ComboBox<Tier> tiers = robot.lookup("#assignmentTierBox").queryAs(ComboBox.class);
        Tier promotedTo = tiers.getItems().get(1);
        robot.interact(() -> tiers.setValue(promotedTo));
        DatePicker from = robot.lookup("#assignmentFromPicker").queryAs(DatePicker.class);
        robot.clickOn(from.getEditor()).write("R8.10.1").type(KeyCode.ENTER);
        until(() -> history.getItems().size() == 2);
        assertThat(services().staffRecords.detail(((org.kenshu.ui.staff.StaffRow) staff.getItems().stream()
                .filter(r -> ((org.kenshu.ui.staff.StaffRow) r).entry().name().equals("佐藤 一郎")).findFirst()
                .orElseThrow()).staffId()).assignments().getLast().assignment().validFrom())
                .isEqualTo(LocalDate.of(2026, 10, 1));
        until(() -> robot.lookup("#staffTable .table-cell").match(LabeledMatchers.hasText(promotedTo.name()))
                .tryQuery().isPresent());
        Snapshots.write(stage.getScene().getRoot(), "staff-promotion");
        tab("基本");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aClickOnAGridCellCyclesEssentialRequiredBlankAndCtrlZUndoes() throws Exception {
        robot.clickOn("#navCompetency");
        tab("能力要件（職層×能力）");
        TableView<?> grid = table("#matrixTable");
        Tier shuji = services().tiers.tiers().getFirst();
        java.util.function.Supplier<TableCell<?, ?>> cell = () -> robot.lookup(".mark-cell")
                .queryAllAs(TableCell.class).stream()
                .filter(c -> c.getIndex() == 0 && c.getTableColumn().getUserData() instanceof Tier t
                        && t.id() == shuji.id())
                .findFirst().orElse(null);
        java.util.function.Function<String, Boolean> shows = mark -> cell.get() != null
                && java.util.Objects.equals(mark, cell.get().getText());
        java.util.function.Supplier<RequirementLevel> stored = () -> services().matrix.grid().rows().getFirst()
                .level(shuji.id());
        until(() -> shows.apply(null));
        robot.clickOn(cell.get());
        until(() -> shows.apply("◎") && stored.get() == RequirementLevel.ESSENTIAL);
        robot.clickOn(cell.get());
        until(() -> shows.apply("○") && stored.get() == RequirementLevel.REQUIRED);
        robot.clickOn(cell.get());
        until(() -> shows.apply(null) && stored.get() == null);
        Snapshots.write(stage.getScene().getRoot(), "competency-grid");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        until(() -> shows.apply("○") && stored.get() == RequirementLevel.REQUIRED);
        assertThat(grid.getItems()).hasSize(17);
    }

    @Test
    void aRenameMeetingAChangeMadeElsewhereShowsBothValuesAndTheOfficerChooses() throws Exception {
        robot.clickOn("#navStaff");
        tab("職層");
        TableView<?> tiers = table("#tierTable");
        robot.clickOn(robot.lookup(".table-cell").match(LabeledMatchers.hasText("主任級")).queryAs(Node.class));
        TextField name = robot.lookup("#tierNameField").queryAs(TextField.class);
        until(() -> name.getText().equals("主任級"));
        Tier stored = services().tiers.tiers().stream().filter(t -> t.name().equals("主任級")).findFirst().orElseThrow();
        services().tiers.update(new Tier(stored.id(), stored.code(), "主任・主任主事級", stored.rank(),
                stored.salaryGrades(), stored.description(), false, stored.version()));
        robot.interact(() -> name.setText("主任級（改称）"));
        robot.clickOn("#tierSaveButton");
        until(() -> robot.lookup("#conflictFields").tryQuery().isPresent());
        GridPane fields = robot.lookup("#conflictFields").queryAs(GridPane.class);
        var texts = fields.getChildren().stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText())
                .toList();
        assertThat(texts).contains("主任・主任主事級", "主任級（改称）");
        Snapshots.write(fields.getScene().getRoot(), "conflict-dialog");
        robot.clickOn("保存されている値を表示");
        until(() -> name.getText().equals("主任・主任主事級"));
        assertThat(services().tiers.tiers()).extracting(Tier::name).contains("主任・主任主事級");
        assertThat(tiers.getItems()).isNotEmpty();
        tab("職員");
    }

    @Test
    void thePrintPreviewShowsTheGridOnA4LandscapePages() throws Exception {
        robot.clickOn("#navCompetency");
        table("#matrixTable");
        robot.clickOn("#printButton");
        until(() -> robot.lookup("#previewPages").tryQuery().isPresent());
        var pages = robot.lookup("#previewPages").queryAs(javafx.scene.layout.VBox.class).getChildren();
        assertThat(pages).isNotEmpty().allSatisfy(p -> {
            var image = ((ImageView) p).getImage();
            assertThat(image.getWidth()).isGreaterThan(image.getHeight());
        });
        assertThat(robot.lookup("#previewPageCount").queryAs(Label.class).getText()).startsWith("A4 横");
        Snapshots.write(robot.lookup("#printPreview").queryAs(Node.class), "print-preview");
        robot.clickOn("閉じる");
        until(() -> robot.lookup("#previewPages").tryQuery().isEmpty());
    }
}
