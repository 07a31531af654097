package org.kenshu.ui.goals.reports;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.kenshu.model.I18n;
import org.kenshu.model.StaleEditException;
import org.kenshu.model.TrainingReport;
import org.kenshu.service.TrainingReportService;
import org.kenshu.service.TrainingReportService.ReportEntry;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.ConflictChoice;
import org.kenshu.ui.common.ConflictField;
import org.kenshu.ui.common.DialogService;
import org.kenshu.ui.common.TaskRunner;
import org.kenshu.ui.common.UndoStack;

/**
 * 復命書: the reports expected in the selected fiscal year (attended sessions that have ended), the
 * overdue ones on request, and per report the submitted date and the three texts.
 */
public final class TrainingReportsViewModel {
    private final TrainingReportService reports;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final AppState state;
    private final UndoStack undo;
    private final ObservableList<ReportEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<ReportEntry> shown = new FilteredList<>(entries);
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty(false);
    private final BooleanProperty externalOnly = new SimpleBooleanProperty(true);
    private final ObjectProperty<ReportEntry> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> dueOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> submittedOn = new SimpleObjectProperty<>();
    private final StringProperty learned = new SimpleStringProperty("");
    private final StringProperty application = new SimpleStringProperty("");
    private final StringProperty sharing = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");

    public TrainingReportsViewModel(TrainingReportService reports, TaskRunner tasks, DialogService dialogs,
            AppState state, UndoStack undo) {
        this.reports = reports;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        this.undo = undo;
        overdueOnly.addListener((o, a, b) -> shown.setPredicate(b ? ReportEntry::overdue : null));
        selected.addListener((o, a, e) -> fill(e));
        externalOnly.addListener((o, a, b) -> refresh());
        fill(null);
    }

    public void refresh() {
        int year = state.fiscalYear();
        Long keep = selected.get() == null ? null : selected.get().report().enrollmentId();
        boolean external = externalOnly.get();
        tasks.run(I18n.t("task.loadingTrainingReports"), p -> reports.reports(year, external), list -> {
            entries.setAll(list);
            long submitted = list.stream().filter(ReportEntry::submitted).count();
            long overdue = list.stream().filter(ReportEntry::overdue).count();
            summary.set(I18n.t("trainingReports.summary", list.size(), submitted, list.size() - submitted, overdue));
            selected.set(list.stream().filter(e -> keep != null && e.report().enrollmentId() == keep).findFirst()
                    .orElse(null));
        });
    }

    private void fill(ReportEntry e) {
        heading.set(e == null ? I18n.t("trainingReports.choose")
                : I18n.t("trainingReports.heading", e.name(), e.course(), e.sessionNo()));
        TrainingReport r = e == null ? null : e.report();
        dueOn.set(r == null ? null : r.dueOn());
        submittedOn.set(r == null ? null : r.submittedOn());
        learned.set(r == null || r.learned() == null ? "" : r.learned());
        application.set(r == null || r.application() == null ? "" : r.application());
        sharing.set(r == null || r.sharing() == null ? "" : r.sharing());
    }

    /** Saves the chosen report (Ctrl+S): inserted the first time, updated after, undoable. */
    public void save() {
        ReportEntry e = selected.get();
        if (e == null) {
            return;
        }
        TrainingReport before = e.report();
        TrainingReport wanted = new TrainingReport(before.id(), before.enrollmentId(), dueOn.get(), submittedOn.get(),
                blank(learned.get()), blank(application.get()), blank(sharing.get()), before.version());
        List<String> problems = reports.problems(wanted);
        if (!problems.isEmpty()) {
            dialogs.showError(I18n.t("trainingReports.title"), String.join("\n", problems), null);
            return;
        }
        save(before, wanted, e.name());
    }

    private void save(TrainingReport before, TrainingReport wanted, String who) {
        tasks.run(I18n.t("task.saving"), p -> reports.save(wanted), saved -> {
            dialogs.notify(I18n.t("trainingReports.saved", who));
            undo.push(I18n.t("trainingReports.undoLabel", who), p -> {
                if (before.id() == 0) {
                    reports.delete(saved);
                } else {
                    reports.save(new TrainingReport(saved.id(), before.enrollmentId(), before.dueOn(),
                            before.submittedOn(), before.learned(), before.application(), before.sharing(),
                            saved.version()));
                }
            }, this::refresh);
            refresh();
        }, failure -> {
            if (failure instanceof StaleEditException stale && stale.stored() instanceof TrainingReport stored) {
                var fields = List.of(
                        new ConflictField(I18n.t("trainingReports.submittedOn"), date(stored.submittedOn()),
                                date(wanted.submittedOn())),
                        new ConflictField(I18n.t("trainingReports.learned"), stored.learned(), wanted.learned()));
                if (dialogs.resolveConflict(I18n.t("trainingReports.title"), fields) == ConflictChoice.KEEP_MINE) {
                    save(stored, new TrainingReport(stored.id(), wanted.enrollmentId(), wanted.dueOn(),
                            wanted.submittedOn(), wanted.learned(), wanted.application(), wanted.sharing(),
                            stored.version()), who);
                } else {
                    refresh();
                }
            } else {
                dialogs.showError(I18n.t("error.title"), I18n.t("trainingReports.failed"), failure);
            }
        });
    }

    private String date(LocalDate d) {
        return d == null ? "" : state.shortDate(d);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** 「提出済」「未提出」「期限超過」. */
    public static String status(ReportEntry e) {
        return I18n.t(e.submitted() ? "trainingReports.submitted" : e.overdue() ? "trainingReports.overdue"
                : "trainingReports.notYet");
    }

    public FilteredList<ReportEntry> shown() {
        return shown;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    /** True: only training outside the city hall (派遣・合同・人事交流), where a 復命書 is usual. */
    public BooleanProperty externalOnlyProperty() {
        return externalOnly;
    }

    public ObjectProperty<ReportEntry> selectedProperty() {
        return selected;
    }

    public ObjectProperty<LocalDate> dueOnProperty() {
        return dueOn;
    }

    public ObjectProperty<LocalDate> submittedOnProperty() {
        return submittedOn;
    }

    public StringProperty learnedProperty() {
        return learned;
    }

    public StringProperty applicationProperty() {
        return application;
    }

    public StringProperty sharingProperty() {
        return sharing;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public AppState state() {
        return state;
    }
}
