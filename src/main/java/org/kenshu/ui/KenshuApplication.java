package org.kenshu.ui;

import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.kenshu.model.I18n;
import org.kenshu.service.Workspace;
import org.kenshu.ui.common.Activity;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.FxDialogService;
import org.kenshu.ui.common.FxTaskRunner;
import org.kenshu.ui.imports.ImportWizardLauncher;
import org.kenshu.ui.main.MainWindowView;
import org.kenshu.ui.main.MainWindowViewModel;
import org.kenshu.ui.main.PageFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: opens the data folder (a clear one-line message and exit code 1 when it
 * cannot), builds the main window, and offers the first-run choice on an empty database.
 */
public final class KenshuApplication extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(KenshuApplication.class);
    private final Startup startup;
    private Workspace workspace;
    private FxTaskRunner tasks;
    private WindowState windowState;
    private Stage stage;

    public KenshuApplication() {
        this(WindowLauncher.pending());
    }

    public KenshuApplication(Startup startup) {
        this.startup = Objects.requireNonNull(startup, "startup");
    }

    @Override
    public void start(Stage primary) {
        stage = primary;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        try {
            workspace = startup.opener().apply(startup.folder());
        } catch (Workspace.WorkspaceException e) {
            LOG.warn("Cannot open the data folder", e);
            WindowLauncher.failed();
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setTitle(I18n.t("app.title"));
            alert.setHeaderText(I18n.t("store.cannotStart"));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        var state = new AppState();
        // The current fiscal year until the organisation's settings are read, so no page loads year 0.
        state.fiscalYearProperty().set(org.kenshu.model.FiscalYear.containing(
                java.time.LocalDate.now(startup.clock())).year());
        var activity = new Activity();
        var vmHolder = new MainWindowViewModel[1];
        var dialogs = new FxDialogService(primary, message -> vmHolder[0].statusProperty().set(message));
        tasks = new FxTaskRunner(activity, dialogs);
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            LOG.error("Uncaught failure on {}", thread.getName(), e);
            Platform.runLater(() -> dialogs.showError(I18n.t("error.title"), I18n.t("error.unexpected"), e));
        });
        var vm = new MainWindowViewModel(workspace.services(), tasks, dialogs, state, workspace.dataFolder().toString());
        vmHolder[0] = vm;
        var undo = new org.kenshu.ui.common.UndoStack(tasks, dialogs);
        var viewHolder = new MainWindowView[1];
        var imports = new ImportWizardLauncher(workspace.services().imports, tasks, dialogs, state, startup.clock(),
                primary, () -> {
                    vm.load();
                    viewHolder[0].refreshAll();
                });
        var view = new MainWindowView(vm, activity,
                new PageFactory(workspace.services(), tasks, dialogs, state, startup.clock(), undo, imports), undo);
        viewHolder[0] = view;
        Scene scene = new Scene(view.load());
        scene.getStylesheets().add(Objects.requireNonNull(
                KenshuApplication.class.getResource("/org/kenshu/ui/kenshu.css")).toExternalForm());
        view.installShortcuts(scene);
        view.installImports(scene, imports);
        primary.titleProperty().bind(vm.titleProperty());
        primary.setScene(scene);
        windowState = new WindowState(workspace.dataFolder());
        windowState.restore(primary);
        primary.show();
        vm.load();
        // After the window is up, so the choice appears over it (and start() returns at once).
        Platform.runLater(() -> vm.offerFirstRun(view::refreshAll));
    }

    @Override
    public void stop() {
        if (windowState != null && stage != null) {
            windowState.save(stage);
        }
        if (tasks != null) {
            tasks.close();
        }
        if (workspace != null) {
            workspace.close();
        }
    }
}
