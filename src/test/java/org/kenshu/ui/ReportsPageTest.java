package org.kenshu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.io.sheet.SpreadsheetReaders;
import org.kenshu.model.Progress;
import org.kenshu.service.ReportKind;
import org.kenshu.service.ReportOverview;
import org.kenshu.service.Workspace;
import org.kenshu.service.reports.ReportRequest;
import org.kenshu.service.reports.print.PrintPreview;
import org.kenshu.store.TestStore;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.FakeDialogs;
import org.kenshu.ui.common.SameThreadTaskRunner;
import org.kenshu.ui.print.PageNodes;
import org.kenshu.ui.print.PrintPreviewDialog;
import org.kenshu.ui.reports.ReportsPageView;
import org.kenshu.ui.reports.ReportsPageViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 帳票 page on the sample city, headless: the officer picks a report, exports it, picks a session for a
 * sign-in sheet and opens the print preview. The page, the preview window and every preview page of the
 * annual plan and a sign-in sheet are saved as PNGs under target/screenshots.
 */
class ReportsPageTest {
    @TempDir
    static Path db;
    static Workspace ws;
    static Stage stage;
    @TempDir
    Path out;
    final FxRobot robot = new FxRobot();
    final FakeDialogs dialogs = new FakeDialogs();

    @BeforeAll
    static void loadTheSampleCity() throws Exception {
        ws = Workspace.open(db, SpreadsheetReaders::read, TestStore.CLOCK);
        ws.services().sample.load(Progress.NONE);
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.cleanupStages();
        ws.close();
    }

    @BeforeEach
    void showThePage() throws Exception {
        AppState state = new AppState();
        state.fiscalYearProperty().set(2026);
        state.organisationProperty().set(ws.services().organisation.organisation());
        FxToolkit.setupSceneRoot(() -> {
            var vm = new ReportsPageViewModel(ws.services().reports, ws.services().exports,
                    new SameThreadTaskRunner(e -> dialogs.errors.add(e.toString())), dialogs, state);
            var view = new ReportsPageView(vm);
            view.refresh();
            return (Parent) view.root();
        });
        FxToolkit.setupStage(s -> {
            s.setWidth(1180);
            s.setHeight(760);
            s.getScene().getStylesheets().setAll(getClass().getResource("/org/kenshu/ui/kenshu.css").toExternalForm());
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void select(ReportKind kind) {
        @SuppressWarnings("unchecked")
        TableView<ReportOverview> table = robot.lookup("#reportTable").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(
                table.getItems().stream().filter(o -> o.kind() == kind).findFirst().orElseThrow()));
    }

    @Test
    void theOfficerExportsThePlanAndIsToldWhereItWent() throws Exception {
        select(ReportKind.PLAN);
        assertThat(robot.lookup("#previewButton").queryAs(Button.class).isVisible()).isTrue();
        Path file = out.resolve("令和8年度_年度研修計画表.xlsx");
        dialogs.answer(file);
        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file).exists();
        assertThat(dialogs.notifications).singleElement().asString().contains("令和8年度_年度研修計画表.xlsx");
        Snapshots.write(stage.getScene().getRoot(), "reports-plan");
    }

    @Test
    void aSignInSheetAsksForItsSessionThenOpensThePrintPreview() throws Exception {
        select(ReportKind.SIGNIN);
        @SuppressWarnings("unchecked")
        ComboBox<Object> sessions = robot.lookup("#sessionPicker").queryAs(ComboBox.class);
        assertThat(sessions.isVisible()).isTrue();
        assertThat(robot.lookup("#exportButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#hintLabel").queryAs(Label.class).getText()).contains("日程");
        robot.interact(() -> sessions.getSelectionModel().select(0));
        assertThat(sessions.getButtonCell().getText()).matches("4月\\d+日\\(.\\).*（指名 \\d+ 人）");
        robot.clickOn("#previewButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.previews).singleElement();
        Snapshots.write(stage.getScene().getRoot(), "reports-signin");
    }

    @Test
    void theMissingListShowsAGoalPickerWithTheYearsFirstRateGoalAndExportsIt() throws Exception {
        select(ReportKind.GOALS);
        assertThat(robot.lookup("#goalRow").queryAs(javafx.scene.layout.HBox.class).isVisible()).isFalse();
        assertThat(robot.lookup("#previewButton").queryAs(Button.class).isVisible()).isFalse();
        assertThat(robot.lookup("#exportButton").queryAs(Button.class).isDisabled()).isFalse();
        Snapshots.write(stage.getScene().getRoot(), "reports-goals");
        select(ReportKind.MISSING);
        @SuppressWarnings("unchecked")
        ComboBox<Object> goals = robot.lookup("#goalPicker").queryAs(ComboBox.class);
        assertThat(goals.isVisible()).isTrue();
        assertThat(goals.getButtonCell().getText()).endsWith("（tier-uptake）");
        Path file = out.resolve("未受講者一覧.xlsx");
        dialogs.answer(file);
        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file).exists();
        assertThat(dialogs.errors).isEmpty();
        Snapshots.write(stage.getScene().getRoot(), "reports-missing");
    }

    @Test
    void thePreviewTurnsPagesAndEveryPageIsDrawnHeadless() throws Exception {
        long session = ws.services().exports.signInSessions(2026).stream().filter(s -> s.days().contains("～"))
                .findFirst().orElseThrow().sessionId();
        PrintPreview signin = ws.services().exports.preview(ReportRequest.of(ReportKind.SIGNIN, 2026)
                .withSession(session));
        PrintPreview plan = ws.services().exports.preview(ReportRequest.of(ReportKind.PLAN, 2026));
        robot.interact(() -> new PrintPreviewDialog(stage, signin, dialogs).show());
        Window preview = robot.listTargetWindows().stream().filter(w -> w != stage && w.isShowing()).findFirst()
                .orElseThrow();
        Label page = robot.from(preview.getScene().getRoot()).lookup("#pageLabel").queryAs(Label.class);
        assertThat(page.getText()).startsWith("1 / " + signin.pages().size() + " ページ");
        robot.interact(() -> robot.from(preview.getScene().getRoot()).lookup("#nextPage").queryAs(Button.class).fire());
        assertThat(page.getText()).startsWith("2 / ");
        Snapshots.write(preview.getScene().getRoot(), "print-preview-signin");
        robot.interact(() -> ((Stage) preview).close());
        for (var doc : java.util.List.of(signin, plan)) {
            String name = doc == plan ? "plan" : "signin";
            for (int i = 0; i < Math.min(4, doc.pages().size()); i++) {
                var p = doc.pages().get(i);
                Path png = Snapshots.write(WaitForAsyncUtils.asyncFx(() -> PageNodes.page(p, 96 / 25.4))
                        .get(10, TimeUnit.SECONDS), "preview-" + name + "-" + (i + 1));
                assertThat(png).exists();
            }
        }
        assertThat(signin.pages().getFirst().texts()).contains("No.", "職員番号", "氏名", "出欠", "さくら台市", "令和8年度",
                "1 / " + signin.pages().size() + " ページ", "出力日 令和8年11月21日")
                .anySatisfy(t -> assertThat(t).matches("実施日：令和8年\\d+月\\d+日"));
    }
}
