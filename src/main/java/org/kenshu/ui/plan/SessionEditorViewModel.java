package org.kenshu.ui.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.kenshu.model.I18n;
import org.kenshu.model.PlanStatus;
import org.kenshu.model.Session;
import org.kenshu.model.SessionStatus;
import org.kenshu.model.StaleEditException;
import org.kenshu.model.Wareki;
import org.kenshu.service.CourseEntry;
import org.kenshu.service.RefusedException;
import org.kenshu.service.plan.SessionDetail;
import org.kenshu.ui.catalog.FormNumbers.BadNumberException;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.ConflictChoice;
import org.kenshu.ui.common.ConflictField;
import org.kenshu.ui.common.DialogService;
import org.kenshu.ui.common.TaskRunner;
import org.kenshu.ui.common.UndoStack;

/**
 * The session panel of the plan page: opens a session (or a new one), saves it, splits off days, cancels
 * it (asking what happens to its nominations) or plans it again. A fixed plan asks before any change.
 */
public final class SessionEditorViewModel {
    private final PlanServices services;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final AppState state;
    private final UndoStack undo;
    private final SessionForm form = new SessionForm();
    private final SessionCancelFlow cancelFlow;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper isNew = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper cancelled = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
    private SessionDetail loaded;
    private int fiscalYear;
    private PlanStatus planStatus;
    private Map<LocalDate, String> holidays = Map.of();
    private Runnable changed = () -> { };

    public SessionEditorViewModel(PlanServices services, TaskRunner tasks, DialogService dialogs, AppState state,
            UndoStack undo) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        this.undo = undo;
        this.cancelFlow = new SessionCancelFlow(services, tasks, dialogs, undo, this);
    }

    /** What the page knows about the year: its plan status, the courses a new session can be of, the holidays. */
    void setContext(int year, PlanStatus status, List<CourseEntry> courses, Map<LocalDate, String> yearHolidays,
            Runnable onChanged) {
        fiscalYear = year;
        planStatus = status;
        holidays = yearHolidays;
        changed = onChanged;
        form.courses.setAll(courses.stream().filter(c -> !c.course().retired()).toList());
        if (loaded != null && loaded.fiscalYear() != year) {
            close();
        }
    }

    public void open(long sessionId) {
        tasks.run(I18n.t("task.loadingPlan"), p -> services.sessions().detail(sessionId), this::show);
    }

    void show(SessionDetail d) {
        loaded = d;
        form.show(d);
        isNew.set(false);
        cancelled.set(d.session().status() == SessionStatus.CANCELLED);
        title.set(I18n.t("check.sessionLabel", d.courseName(), d.session().sessionNo()));
        info.set(I18n.t(cancelled.get() ? "session.infoCancelled" : "session.info", d.nominations()));
        active.set(true);
    }

    public void newSession() {
        loaded = null;
        form.show(null);
        isNew.set(true);
        cancelled.set(false);
        title.set(I18n.t("session.newTitle"));
        info.set("");
        active.set(true);
    }

    public void close() {
        loaded = null;
        active.set(false);
    }

    /** Asks before changing a fixed (circulated) plan; true when the change may go ahead. */
    boolean mayChange() {
        PlanStatus status = loaded != null ? loaded.planStatus() : planStatus;
        return status != PlanStatus.FIXED
                || dialogs.confirm(I18n.t("plan.fixedTitle"), I18n.t("plan.fixedConfirm"));
    }

    public void save() {
        if (!active.get()) {
            return;
        }
        if (isNew.get() && form.course.get() == null) {
            dialogs.showError(I18n.t("session.saveTitle"), I18n.t("session.courseRequired"), null);
            return;
        }
        Session draft;
        try {
            draft = form.toSession(loaded == null ? null : loaded.session(), null);
        } catch (BadNumberException e) {
            dialogs.showError(I18n.t("session.saveTitle"), e.getMessage(), null);
            return;
        }
        if (mayChange()) {
            save(draft, List.copyOf(form.days), form.internalInstructor.get() ? form.instructor.get() : null);
        }
    }

    private void save(Session draft, List<LocalDate> days, String internalQuery) {
        SessionDetail before = loaded;
        tasks.run(I18n.t("task.saving"), p -> {
            Long staffId = internalQuery == null || internalQuery.isBlank() ? null
                    : services.sessions().findInstructor(internalQuery).id();
            Session s = withInstructor(draft, staffId);
            return s.id() == 0 ? services.sessions().add(fiscalYear, s, days) : services.sessions().update(s, days);
        }, saved -> {
            show(saved);
            dialogs.notify(I18n.t("session.saved", title.get()));
            pushUndo(before, saved);
            changed.run();
        }, failure -> failed(failure, draft, days, internalQuery));
    }

    private void pushUndo(SessionDetail before, SessionDetail saved) {
        String label = I18n.t("check.sessionLabel", saved.courseName(), saved.session().sessionNo());
        if (before == null) {
            undo.push(I18n.t("session.undoAdd", label),
                    p -> services.sessions().delete(List.of(saved.session().id())), changed);
        } else {
            Session b = before.session();
            Session back = new Session(b.id(), b.planId(), b.courseId(), b.sessionNo(), b.venue(), b.instructorStaffId(),
                    b.instructorName(), b.capacity(), b.applicationDeadline(), b.periodEnd(), b.status(), b.note(),
                    saved.session().version());
            undo.push(I18n.t("session.undoEdit", label), p -> services.sessions().update(back, before.days()), changed);
        }
    }

    private void failed(Throwable failure, Session mine, List<LocalDate> days, String internalQuery) {
        if (failure instanceof StaleEditException stale && stale.stored() instanceof Session stored) {
            var fields = List.of(
                    new ConflictField(I18n.t("plan.column.venue"), stored.venue(), mine.venue()),
                    new ConflictField(I18n.t("plan.column.capacity"), text(stored.capacity()), text(mine.capacity())),
                    new ConflictField(I18n.t("session.deadline"), state.shortDate(stored.applicationDeadline()),
                            state.shortDate(mine.applicationDeadline())),
                    new ConflictField(I18n.t("session.note"), stored.note(), mine.note()),
                    new ConflictField(I18n.t("plan.column.status"), I18n.label(stored.status()), I18n.label(mine.status())));
            if (dialogs.resolveConflict(title.get(), fields) == ConflictChoice.KEEP_MINE) {
                save(new Session(mine.id(), stored.planId(), stored.courseId(), stored.sessionNo(), mine.venue(),
                        mine.instructorStaffId(), mine.instructorName(), mine.capacity(), mine.applicationDeadline(),
                        mine.periodEnd(), stored.status(), mine.note(), stored.version()), days, internalQuery);
            } else {
                open(stored.id());
            }
        } else {
            refused(failure);
        }
    }

    void refused(Throwable failure) {
        if (failure instanceof RefusedException || failure instanceof StaleEditException) {
            dialogs.showError(I18n.t("session.saveTitle"), failure instanceof RefusedException ? failure.getMessage()
                    : I18n.t("courseTypes.changedElsewhere"), null);
            if (loaded != null) {
                open(loaded.session().id());
            }
            changed.run();
        } else {
            dialogs.showError(I18n.t("error.title"), I18n.t("session.saveFailed"), failure);
        }
    }

    /** Moves the chosen days into a new session of the same course. */
    public void split(List<LocalDate> daysForNew) {
        if (loaded == null || !mayChange()) {
            return;
        }
        SessionDetail original = loaded;
        tasks.run(I18n.t("task.saving"), p -> services.sessions().split(original.session(), daysForNew), created -> {
            dialogs.notify(I18n.t("session.splitDone", original.courseName(), created.session().sessionNo()));
            undo.push(I18n.t("session.undoSplit", title.get()),
                    p -> services.sessions().merge(created.session().id(), original.session().id()), changed);
            show(created);
            changed.run();
        }, this::refused);
    }

    public void cancelSession() {
        if (loaded != null && !cancelled.get() && mayChange()) {
            cancelFlow.start(loaded);
        }
    }

    /** Plans a cancelled session again (its nominations stay as the cancellation left them). */
    public void replan() {
        if (loaded == null || !cancelled.get() || !mayChange()) {
            return;
        }
        Session s = loaded.session();
        Session planned = new Session(s.id(), s.planId(), s.courseId(), s.sessionNo(), s.venue(), s.instructorStaffId(),
                s.instructorName(), s.capacity(), s.applicationDeadline(), s.periodEnd(), SessionStatus.PLANNED,
                s.note(), s.version());
        List<LocalDate> days = loaded.days();
        tasks.run(I18n.t("task.saving"), p -> services.sessions().update(planned, days), saved -> {
            Session again = new Session(s.id(), s.planId(), s.courseId(), s.sessionNo(), s.venue(),
                    s.instructorStaffId(), s.instructorName(), s.capacity(), s.applicationDeadline(), s.periodEnd(),
                    SessionStatus.CANCELLED, s.note(), saved.session().version());
            undo.push(I18n.t("session.undoReplan", title.get()), p -> services.sessions().update(again, days), changed);
            show(saved);
            changed.run();
        }, this::refused);
    }

    /** A weekend or a national holiday: the day list marks it. */
    public boolean isOffDay(LocalDate d) {
        return holidays.containsKey(d) || d.getDayOfWeek().getValue() >= 6;
    }

    /** 「R8.6.9(火)」 with a warning when the day is a weekend or a holiday. */
    public String dayLabel(LocalDate d) {
        String text = state.shortDate(d) + "(" + Wareki.weekday(d.getDayOfWeek()) + ")";
        String holiday = holidays.get(d);
        if (holiday != null) {
            return text + "  " + I18n.t("session.dayHoliday", holiday);
        }
        int dow = d.getDayOfWeek().getValue();
        return dow >= 6 ? text + "  " + I18n.t("session.dayWeekend") : text;
    }

    private static Session withInstructor(Session s, Long staffId) {
        return new Session(s.id(), s.planId(), s.courseId(), s.sessionNo(), s.venue(), staffId,
                staffId == null ? s.instructorName() : null, s.capacity(), s.applicationDeadline(), s.periodEnd(),
                s.status(), s.note(), s.version());
    }

    private static String text(Integer n) {
        return n == null ? "" : n.toString();
    }

    void afterCancel(SessionDetail d) {
        show(d);
        changed.run();
    }

    Runnable changedCallback() {
        return changed;
    }

    public SessionForm form() {
        return form;
    }

    public SessionDetail loaded() {
        return loaded;
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty isNewProperty() {
        return isNew.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancelledProperty() {
        return cancelled.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty infoProperty() {
        return info.getReadOnlyProperty();
    }
}
