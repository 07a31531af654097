package org.kenshu.ui.plan.targets;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.kenshu.io.sheet.SpreadsheetReaders;
import org.kenshu.model.I18n;
import org.kenshu.service.Workspace;
import org.kenshu.store.TestStore;
import org.kenshu.ui.common.Activity;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.FxDialogService;
import org.kenshu.ui.common.FxTaskRunner;
import org.kenshu.ui.common.UndoStack;

/**
 * Looks at the nominations pane by itself, as a tab the size it gets in the window:
 * {@code java -cp … 'org.kenshu.ui.plan.targets.NominationsHarness$Launch' /tmp/city} (a data folder with the sample
 * city loaded). Not a test: for a person to look at under Xvfb.
 */
public final class NominationsHarness extends Application {
    private Workspace workspace;

    @Override
    public void start(Stage stage) {
        I18n.setLocale(Locale.JAPANESE);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        workspace = Workspace.open(Path.of(getParameters().getRaw().getFirst()), SpreadsheetReaders::read,
                TestStore.CLOCK);
        var state = new AppState();
        state.organisationProperty().set(workspace.services().organisation.organisation());
        state.fiscalYearProperty().set(2026);
        var dialogs = new FxDialogService(stage, m -> stage.setTitle(m));
        var tasks = new FxTaskRunner(new Activity(), dialogs);
        var undo = new UndoStack(tasks, dialogs);
        Clock clock = TestStore.CLOCK;
        var view = new NominationsPaneView(new NominationsPaneViewModel(workspace.services().targets,
                workspace.services().assignments, tasks, dialogs, state, undo, clock), state);
        TabPane tabs = new TabPane(new Tab("一覧"), new Tab("カレンダー"), new Tab("指名", view.root()));
        tabs.getSelectionModel().select(2);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Scene scene = new Scene(tabs, 1190, 780);
        scene.getStylesheets().add(Objects.requireNonNull(
                getClass().getResource("/org/kenshu/ui/kenshu.css")).toExternalForm());
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Z"), undo::undo);
        stage.setScene(scene);
        stage.show();
        view.refresh();
    }

    @Override
    public void stop() {
        workspace.close();
    }

    /** A main outside the Application subclass, so JavaFX on the class path starts. */
    public static final class Launch {
        public static void main(String[] args) {
            Application.launch(NominationsHarness.class, args);
        }
    }
}
