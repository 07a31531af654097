package org.kenshu.ui.imports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.kenshu.model.I18n;
import org.kenshu.model.ImportKind;
import org.kenshu.model.Progress;
import org.kenshu.service.imports.ConflictPolicy;
import org.kenshu.service.imports.ImportResult;
import org.kenshu.service.imports.ImportService;
import org.kenshu.ui.common.DialogService;
import org.kenshu.ui.common.TaskRunner;

/**
 * The import wizard: kind, files and options → a dry-run preview (counts, problems, column mapping,
 * conflicts) → commit with progress and a cancel that leaves the database as it was → the result.
 * Runs every import as background work; progress is handed to the UI thread through {@code ui}.
 */
public final class ImportWizardViewModel {
    static final List<String> EXTENSIONS = List.of("*.xlsx", "*.xlsm", "*.xls", "*.csv", "*.tsv", "*.txt");
    private final ImportService imports;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Executor ui;
    private final ImportOptionsModel options;
    private final ImportPreviewModel preview = new ImportPreviewModel();
    private final ObjectProperty<WizardStep> step = new SimpleObjectProperty<>(WizardStep.OPTIONS);
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private final javafx.beans.property.BooleanProperty committing = new javafx.beans.property.SimpleBooleanProperty();
    private final BooleanBinding canCommit;
    private Runnable onCommitted = () -> { };

    public ImportWizardViewModel(ImportService imports, TaskRunner tasks, DialogService dialogs, LocalDate today,
            int fiscalYear, Executor ui) {
        this.imports = imports;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.ui = ui;
        this.options = new ImportOptionsModel(today, fiscalYear);
        canCommit = Bindings.createBooleanBinding(this::commitAllowed, step, preview.resultProperty(),
                options.skipInvalidProperty());
    }

    /** Opens on {@code files} (may be empty); without a kind, the files' headers suggest one. */
    public void start(ImportKind kind, List<Path> files) {
        options.kindProperty().set(kind);
        tasks.run(I18n.t("imports.wizard.loading"), p -> imports.rememberedTriangle().orElse(null),
                mark -> options.triangleProperty().set(new TriangleChoice(mark)));
        addFiles(files);
    }

    public void addFiles(List<Path> files) {
        files.stream().filter(f -> !options.files().contains(f)).forEach(options.files()::add);
        if (options.kindProperty().get() == null && !files.isEmpty()) {
            tasks.run(I18n.t("imports.wizard.guessing"), p -> imports.guessKind(List.copyOf(files)).orElse(null),
                    kind -> {
                        if (kind != null && options.kindProperty().get() == null) {
                            options.kindProperty().set(kind);
                        }
                    });
        }
    }

    public void chooseFiles() {
        addFiles(dialogs.chooseFilesToOpen(I18n.t("imports.wizard.chooseFiles"), EXTENSIONS));
    }

    public void removeFile(Path file) {
        options.files().remove(file);
    }

    /** A dry run with the options, the mapping and the decisions so far: writes nothing. */
    public void preview() {
        if (!options.readyProperty().get()) {
            return;
        }
        var run = options.toOptions(true, ConflictPolicy.REJECT, preview.decisions(), preview.mapping());
        execute(I18n.t("imports.wizard.previewing"), run, result -> {
            preview.show(result, options.skipInvalidProperty().get());
            message.set("");
            step.set(WizardStep.PREVIEW);
        }, WizardStep.PREVIEW.equals(step.get()) ? WizardStep.PREVIEW : WizardStep.OPTIONS);
    }

    /** The real run, in one transaction, with the decisions taken in the preview. */
    public void commit() {
        if (!canCommit.get()) {
            return;
        }
        if (preview.mappingChanged()) {
            preview(); // the preview must show what the new mapping reads before anything is written
            return;
        }
        ConflictPolicy policy = uniformPolicy();
        var run = options.toOptions(false, policy, preview.decisions(), preview.mapping());
        execute(I18n.t("imports.wizard.committing"), run, result -> {
            if (result.batchId() != null || result.committed()) {
                message.set(result.batchId() == null ? I18n.t("imports.wizard.doneNothingNew")
                        : I18n.t("imports.wizard.done", result.batchId(), result.rowsRead(), result.created(),
                                result.updated(), result.unchanged(), result.skipped()));
                preview.show(result, options.skipInvalidProperty().get());
                step.set(WizardStep.DONE);
                onCommitted.run();
            } else {
                preview.show(result, options.skipInvalidProperty().get());
                message.set(I18n.t("imports.wizard.rejected"));
                step.set(WizardStep.PREVIEW);
            }
        }, WizardStep.PREVIEW);
    }

    /** All conflicts decided the same way → that policy (also for conflicts beyond the listed ones). */
    private ConflictPolicy uniformPolicy() {
        var decided = preview.conflicts().stream().map(c -> c.decisionProperty().get()).distinct().toList();
        if (decided.equals(List.of(ConflictRow.Decision.KEEP))) {
            return ConflictPolicy.KEEP;
        }
        return decided.equals(List.of(ConflictRow.Decision.OVERWRITE)) ? ConflictPolicy.OVERWRITE : ConflictPolicy.REJECT;
    }

    private boolean commitAllowed() {
        ImportResult r = preview.resultProperty().get();
        return step.get() == WizardStep.PREVIEW && r != null && (r.errorCount() == 0 || options.skipInvalidProperty().get());
    }

    /** Runs one import as background work; a cancel ends it with nothing written and returns to {@code back}. */
    private void execute(String title, org.kenshu.service.imports.ImportOptions run,
            java.util.function.Consumer<ImportResult> done, WizardStep back) {
        if (step.get() == WizardStep.RUNNING) {
            return;
        }
        if (!run.dryRun() && !preview.allDecided()) {
            message.set(I18n.t("imports.wizard.undecided"));
            return;
        }
        cancelRequested.set(false);
        committing.set(!run.dryRun());
        int expected = preview.resultProperty().get() == null ? 0 : preview.resultProperty().get().rowsRead();
        progress.set(-1);
        progressText.set(title);
        step.set(WizardStep.RUNNING);
        ImportKind kind = options.kindProperty().get();
        List<Path> files = List.copyOf(options.files());
        tasks.run(title, p -> {
            if (kind == ImportKind.ATTENDANCE) {
                imports.rememberTriangle(run.triangle());
            }
            try {
                return imports.run(kind, files, run, watched(p, expected, title));
            } catch (Progress.CancelledException e) {
                return null; // rolled back: the database is as it was
            }
        }, result -> {
            if (result == null) {
                message.set(I18n.t("imports.wizard.cancelled"));
                step.set(back);
            } else {
                done.accept(result);
            }
        }, failure -> {
            step.set(back);
            dialogs.showError(I18n.t("error.title"), I18n.t("imports.wizard.failed"), failure);
        });
    }

    /** The task's progress, also shown in the wizard as rows read (of the preview's count, when known). */
    private Progress watched(Progress p, int expected, String title) {
        return new Progress() {
            @Override
            public void update(long done, long total, String text) {
                ui.execute(() -> {
                    progress.set(expected > 0 ? Math.min(1.0, (double) done / expected) : -1);
                    progressText.set(expected > 0 ? I18n.t("imports.wizard.rowsOf", done, expected)
                            : I18n.t("imports.wizard.rows", done));
                });
                p.update(done, expected, title);
            }

            @Override
            public boolean isCancelled() {
                return cancelRequested.get() || p.isCancelled();
            }
        };
    }

    /** Asks the running import to stop at its next check; it then rolls back. */
    public void cancel() {
        cancelRequested.set(true);
        progressText.set(I18n.t("imports.wizard.cancelling"));
    }

    public void back() {
        if (step.get() == WizardStep.PREVIEW) {
            step.set(WizardStep.OPTIONS);
        }
    }

    public void setOnCommitted(Runnable onCommitted) {
        this.onCommitted = onCommitted;
    }

    public ImportOptionsModel options() {
        return options;
    }

    public ImportPreviewModel previewModel() {
        return preview;
    }

    public ObjectProperty<WizardStep> stepProperty() {
        return step;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** While running: true for the real import, false for a preview. */
    public javafx.beans.property.ReadOnlyBooleanProperty committingProperty() {
        return committing;
    }

    public BooleanBinding canCommitProperty() {
        return canCommit;
    }
}
