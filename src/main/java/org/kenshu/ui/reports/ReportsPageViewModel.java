package org.kenshu.ui.reports;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kenshu.model.I18n;
import org.kenshu.service.GoalEntry;
import org.kenshu.service.ReportKind;
import org.kenshu.service.ReportOverview;
import org.kenshu.service.ReportService;
import org.kenshu.service.reports.ExportService;
import org.kenshu.service.reports.ReportException;
import org.kenshu.service.reports.ReportRequest;
import org.kenshu.service.reports.SignInChoice;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.DialogService;
import org.kenshu.ui.common.TaskRunner;

/**
 * 帳票: the reports with the data each draws on for the selected fiscal year; the selected one is written
 * to an Excel file (with the options it needs) or shown in the print preview.
 */
public final class ReportsPageViewModel {
    private final ReportService reports;
    private final ExportService exports;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final AppState state;
    private final ObservableList<ReportOverview> overview = FXCollections.observableArrayList();
    private final ObjectProperty<ReportOverview> selected = new SimpleObjectProperty<>();
    private final ReportOptions options = new ReportOptions();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanBinding canExport;
    private final BooleanBinding canPreview;
    private final StringProperty hint = new SimpleStringProperty();

    public ReportsPageViewModel(ReportService reports, ExportService exports, TaskRunner tasks, DialogService dialogs,
            AppState state) {
        this.reports = reports;
        this.exports = exports;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        javafx.beans.Observable[] inputs = {selected, busy, options.session(), options.staffNo(), options.department(),
                options.byDepartment(), options.goal()};
        canExport = Bindings.createBooleanBinding(() -> !busy.get() && request() != null, inputs);
        canPreview = Bindings.createBooleanBinding(() -> canExport.get() && exports.printable(selected.get().kind()),
                inputs);
        hint.bind(Bindings.createStringBinding(this::hintText, inputs));
    }

    /** What the page loads for a year: the overview and the choices the options offer. */
    private record Loaded(List<ReportOverview> overview, List<SignInChoice> sessions, List<String> departments,
            List<GoalEntry> goals) {
    }

    public void refresh() {
        int year = state.fiscalYear();
        tasks.run(I18n.t("task.loadingReports"), p -> new Loaded(reports.overview(year), exports.signInSessions(year),
                exports.departmentNames(), exports.missingListGoals(year)), loaded -> {
                    ReportKind kept = selected.get() == null ? ReportKind.PLAN : selected.get().kind();
                    overview.setAll(loaded.overview());
                    options.load(loaded.sessions(), loaded.departments(), loaded.goals());
                    selected.set(overview.stream().filter(o -> o.kind() == kept).findFirst().orElse(null));
                });
    }

    /** Asks where to save (with a Japanese file name), writes the workbook in the background, says where it went. */
    public void export() {
        ReportRequest request = request();
        if (request == null) {
            return;
        }
        String label = I18n.label(request.kind());
        dialogs.chooseFileToSave(I18n.t("reports.save.title", label), exports.suggestedFileName(request),
                List.of("*.xlsx")).ifPresent(file -> {
                    Path target = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")
                            ? file : file.resolveSibling(file.getFileName() + ".xlsx");
                    busy.set(true);
                    tasks.run(I18n.t("task.exporting", label), p -> exports.export(request, target, p), result -> {
                        busy.set(false);
                        dialogs.notify(I18n.t("reports.exported", label, result.file().getFileName(),
                                result.file().toAbsolutePath().getParent()));
                    }, this::failed);
                });
    }

    /** Lays out the pages and opens the print preview (from which the officer prints). */
    public void preview() {
        ReportRequest request = request();
        if (request == null || !exports.printable(request.kind())) {
            return;
        }
        busy.set(true);
        tasks.run(I18n.t("task.preparingPreview"), p -> exports.preview(request), preview -> {
            busy.set(false);
            dialogs.showReportPreview(preview);
        }, this::failed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        if (e instanceof ReportException r) {
            dialogs.showError(I18n.t("reports.failed.title"), r.getMessage(), null);
        } else {
            dialogs.showError(I18n.t("reports.failed.title"), I18n.t("reports.failed"), e);
        }
    }

    /** The request for the selected report, or null when an option it needs is missing. */
    ReportRequest request() {
        ReportOverview o = selected.get();
        return o == null ? null : options.request(o.kind(), state.fiscalYear());
    }

    public BooleanBinding canExport() {
        return canExport;
    }

    public BooleanBinding canPreview() {
        return canPreview;
    }

    /** What the officer must still do (choose a session …), or why a report cannot be written yet. */
    public StringProperty hint() {
        return hint;
    }

    private String hintText() {
        ReportOverview o = selected.get();
        if (o == null) {
            return I18n.t("reports.hint.choose");
        }
        return request() == null ? options.missing(o.kind()) : "";
    }

    public ObservableList<ReportOverview> overview() {
        return overview;
    }

    public ObjectProperty<ReportOverview> selected() {
        return selected;
    }

    public ReportOptions options() {
        return options;
    }

    public boolean printable(ReportKind kind) {
        return exports.printable(kind);
    }
}
