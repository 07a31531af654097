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
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.TaskRunner;

/** 受講実績: attendance per session of the selected year, and the history of imports. */
public final class AttendancePageViewModel {
    private final AttendanceService attendance;
    private final TaskRunner tasks;
    private final AppState state;
    private final ObservableList<SessionAttendance> sessions = FXCollections.observableArrayList();
    private final ObservableList<ImportBatch> imports = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");

    public AttendancePageViewModel(AttendanceService attendance, TaskRunner tasks, AppState state) {
        this.attendance = attendance;
        this.tasks = tasks;
        this.state = state;
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
