package org.kenshu.ui.attendance;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kenshu.model.I18n;
import org.kenshu.model.ImportBatch;
import org.kenshu.model.Wareki;
import org.kenshu.service.AttendanceService;
import org.kenshu.service.SessionAttendance;
import org.kenshu.service.imports.ImportService;
import org.kenshu.service.imports.ImportUndoException;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.DialogService;
import org.kenshu.ui.common.TaskRunner;

/** 受講実績: attendance per session of the selected year, and the history of imports. */
public final class AttendancePageViewModel {
    private final AttendanceService attendance;
    private final ImportService importService;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final AppState state;
    private final ObservableList<SessionAttendance> sessions = FXCollections.observableArrayList();
    private final ObservableList<ImportBatch> imports = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");

    public AttendancePageViewModel(AttendanceService attendance, ImportService imports, TaskRunner tasks,
            DialogService dialogs, AppState state) {
        this.attendance = attendance;
        this.importService = imports;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
    }

    /**
     * 「取り消す」: after a confirmation, undoes a committed import completely. A refusal (rows it
     * wrote were changed later) is shown with its reason; nothing is changed then.
     */
    public void undo(ImportBatch batch) {
        if (batch == null || batch.undone()) {
            return;
        }
        String when = state.shortDate(batch.importedAt().toLocalDate());
        if (!dialogs.confirm(I18n.t("imports.undoTitle"), I18n.t("imports.undoConfirm", Long.toString(batch.id()),
                I18n.label(batch.kind()), batch.fileName() + "、" + when))) {
            return;
        }
        tasks.run(I18n.t("imports.undoRunning", Long.toString(batch.id())), p -> {
            importService.undo(batch.id());
            return batch;
        }, done -> {
            dialogs.notify(I18n.t("imports.undone.notice", Long.toString(done.id())));
            refresh();
        }, failure -> {
            if (failure instanceof ImportUndoException refused) {
                dialogs.showError(I18n.t("imports.undoTitle"), refused.getMessage(), null);
            } else {
                dialogs.showError(I18n.t("imports.undoTitle"), I18n.t("error.task", I18n.t("imports.undoTitle")),
                        failure);
            }
            refresh();
        });
    }

    public void refresh() {
        int year = state.fiscalYear();
        emptyText.set(I18n.t("attendance.empty", Wareki.fiscalYear(year, state.era())));
        tasks.run(I18n.t("task.loadingAttendance"), p -> new Loaded(attendance.bySession(year),
                attendance.importHistory()), loaded -> {
                    sessions.setAll(loaded.sessions());
                    imports.setAll(loaded.imports());
                    long held = loaded.sessions().stream().filter(SessionAttendance::held).count();
                    int enrolled = loaded.sessions().stream().filter(SessionAttendance::held)
                            .mapToInt(s -> s.session().enrolled()).sum();
                    int completed = loaded.sessions().stream().filter(SessionAttendance::held)
                            .mapToInt(SessionAttendance::completed).sum();
                    summary.set(I18n.t("attendance.summary", held, loaded.sessions().size(), completed, enrolled));
                });
    }

    private record Loaded(List<SessionAttendance> sessions, List<ImportBatch> imports) {
    }

    /** 「92.5%」, or blank when nobody was enrolled. */
    public static String rate(SessionAttendance s) {
        Double r = s.rate();
        return r == null ? "" : String.format("%.1f%%", r * 100);
    }

    public ObservableList<SessionAttendance> sessions() {
        return sessions;
    }

    public ObservableList<ImportBatch> imports() {
        return imports;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }
}
