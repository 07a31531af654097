package org.kenshu.ui.imports;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kenshu.model.I18n;
import org.kenshu.model.ImportKind;
import org.kenshu.service.imports.ImportService;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.DialogService;
import org.kenshu.ui.common.TaskRunner;

/**
 * Opens the import wizard: from the 「取込」 button of the main window, from files dropped on it,
 * or from a page's own import button — {@code open(ImportKind.STAFF)} for 職員・組織,
 * {@code open(ImportKind.PLAN)} for 年度計画 and so on. One wizard at a time: opening again while
 * it is shown brings it to the front and adds the files.
 */
public final class ImportWizardLauncher {
    private final ImportService imports;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final AppState state;
    private final Clock clock;
    private final Window owner;
    private final Runnable afterCommit;
    private Stage shown;
    private ImportWizardViewModel shownModel;

    /** {@code afterCommit} refreshes what the main window shows once an import was committed. */
    public ImportWizardLauncher(ImportService imports, TaskRunner tasks, DialogService dialogs, AppState state,
            Clock clock, Window owner, Runnable afterCommit) {
        this.imports = imports;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        this.clock = clock;
        this.owner = owner;
        this.afterCommit = afterCommit;
    }

    /** The wizard with no kind chosen yet (the header's 「取込」 button). */
    public void open() {
        open(null, List.of());
    }

    /** The wizard for one kind of file: what a page's import button calls. */
    public void open(ImportKind kind) {
        open(kind, List.of());
    }

    /** The wizard on dropped files; their headers suggest the kind. */
    public void open(List<Path> files) {
        open(null, files);
    }

    public void open(ImportKind kind, List<Path> files) {
        if (shown != null && shown.isShowing()) {
            if (kind != null && shownModel.stepProperty().get() == WizardStep.OPTIONS) {
                shownModel.options().kindProperty().set(kind);
            }
            shownModel.addFiles(files);
            shown.toFront();
            return;
        }
        var vm = new ImportWizardViewModel(imports, tasks, dialogs, LocalDate.now(clock), state.fiscalYear(),
                Platform::runLater);
        vm.setOnCommitted(afterCommit);
        Stage stage = new Stage();
        var view = new ImportWizardView(vm, state, stage::close);
        Scene scene = new Scene(view.root());
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(I18n.t("imports.wizard.title"));
        stage.setScene(scene);
        // closing the window while an import runs would leave it running unseen: ask it to stop first
        stage.setOnCloseRequest(e -> {
            if (vm.stepProperty().get() == WizardStep.RUNNING) {
                vm.cancel();
                e.consume();
            }
        });
        shown = stage;
        shownModel = vm;
        vm.start(kind, files);
        stage.show();
    }

    /** The wizard window while it is shown (for tests and for bringing it to the front). */
    public Stage window() {
        return shown;
    }
}
