package org.kenshu.ui.plan.targets;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.kenshu.model.EnrollmentMode;
import org.kenshu.model.FiscalYear;
import org.kenshu.model.I18n;
import org.kenshu.model.Wareki;
import org.kenshu.service.targets.AssignStrategy;
import org.kenshu.service.targets.AssignmentService;
import org.kenshu.service.targets.CourseBoard;
import org.kenshu.service.targets.CourseTargets;
import org.kenshu.service.targets.PlannedCourse;
import org.kenshu.service.targets.Target;
import org.kenshu.service.targets.TargetList;
import org.kenshu.service.targets.TargetService;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.DialogService;
import org.kenshu.ui.common.TaskRunner;
import org.kenshu.ui.common.UndoStack;

/**
 * 指名: for a course of the selected year's plan, the people its target rule selects (with reasons), nominating
 * them, and the board of its sessions, waiting list and exempt people. Changes to the board are in
 * {@link BoardActions}; this class holds the state and the target side.
 */
public final class NominationsPaneViewModel {
    final TargetService targets;
    final AssignmentService assignments;
    final TaskRunner tasks;
    final DialogService dialogs;
    final AppState state;
    final UndoStack undo;
    final Clock clock;
    private final ObservableList<PlannedCourse> courses = FXCollections.observableArrayList();
    private final ObjectProperty<PlannedCourse> course = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> referenceDate = new SimpleObjectProperty<>();
    private final ObservableList<Target> targetRows = FXCollections.observableArrayList();
    private final FilteredList<Target> shownTargets = new FilteredList<>(targetRows);
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty notEnrolledOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<AssignStrategy> strategy = new SimpleObjectProperty<>(AssignStrategy.EARLIEST_FIRST);
    private final ObservableList<BoardColumn> columns = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper targetSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper capacitySummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canNominate = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper applicationCourse = new ReadOnlyBooleanWrapper(false);
    private final BoardActions board;
    private TargetList generated;
    private CourseBoard shownBoard;

    public NominationsPaneViewModel(TargetService targets, AssignmentService assignments, TaskRunner tasks,
            DialogService dialogs, AppState state, UndoStack undo, Clock clock) {
        this.targets = targets;
        this.assignments = assignments;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        this.undo = undo;
        this.clock = clock;
        this.board = new BoardActions(this);
        filter.addListener((o, a, b) -> applyFilter());
        notEnrolledOnly.addListener((o, a, b) -> applyFilter());
        course.addListener((o, a, b) -> courseChanged());
        referenceDate.addListener((o, a, b) -> {
            if (generated != null && b != null && !b.equals(generated.referenceDate())) {
                generate();
            }
        });
    }

    /** Loads the courses of the selected fiscal year's plan, keeping the chosen course when it is still there. */
    public void refresh() {
        int year = state.fiscalYear();
        Long keep = course.get() == null ? null : course.get().id();
        tasks.run(I18n.t("task.loadingPlan"), p -> targets.plannedCourses(year), list -> {
            generated = null;
            courses.setAll(list);
            referenceDate.set(new FiscalYear(year, state.organisationProperty().get().fiscalYearStartMonth()).start());
            PlannedCourse again = list.stream().filter(c -> keep != null && c.id() == keep).findFirst().orElse(null);
            if (again != null && again.equals(course.get())) {
                courseChanged();
            } else {
                course.set(again != null ? again : list.isEmpty() ? null : list.getFirst());
            }
            if (list.isEmpty()) {
                emptyText.set(I18n.t("nominations.noPlan", Wareki.fiscalYear(year, state.era())));
            }
        });
    }

    private void courseChanged() {
        generated = null;
        targetRows.clear();
        targetSummary.set("");
        capacitySummary.set("");
        PlannedCourse c = course.get();
        applicationCourse.set(c != null && c.mode() == EnrollmentMode.APPLICATION);
        updateCanNominate();
        if (c != null) {
            emptyText.set(I18n.t("nominations.emptyTargets", c.name()));
        }
        board.reload();
    }

    /** 対象者を抽出: the course's targets as of the reference date, with reasons and capacity planning. */
    public void generate() {
        PlannedCourse c = course.get();
        if (c == null) {
            return;
        }
        int year = state.fiscalYear();
        LocalDate on = referenceDate.get();
        tasks.run(I18n.t("nominations.task.generating"), p -> targets.targets(year, c.id(), on, p), this::showTargets);
    }

    void showTargets(TargetList list) {
        PlannedCourse c = course.get();
        if (c == null || list.fiscalYear() != state.fiscalYear() || list.courses().getFirst().courseId() != c.id()) {
            return; // an answer for a course or year no longer shown
        }
        generated = list;
        CourseTargets ct = list.courses().getFirst();
        targetRows.setAll(ct.targets());
        applyFilter();
        boolean application = applicationCourse.get();
        targetSummary.set(I18n.t(application ? "nominations.targetSummary.application" : "nominations.targetSummary",
                ct.targets().size(), ct.enrolledCount(), ct.notYetEnrolled().size(),
                state.shortDate(list.referenceDate())));
        capacitySummary.set(NominationTexts.capacity(ct.capacity(), application));
        emptyText.set(I18n.t("nominations.noTargets", ct.course()));
        updateCanNominate();
    }

    /** 指名する: nominates the targets not enrolled yet (after asking); one undo step removes them again. */
    public void nominate() {
        if (generated == null || !canNominate.get()) {
            return;
        }
        CourseTargets ct = generated.courses().getFirst();
        int count = ct.notYetEnrolled().size();
        if (!dialogs.confirm(I18n.t("nominations.nominate"), I18n.t("nominations.confirmNominate", count,
                ct.course()))) {
            return;
        }
        TargetList list = generated;
        tasks.run(I18n.t("nominations.task.nominating"), p -> targets.nominate(list), made -> {
            dialogs.notify(I18n.t("nominations.nominated", made.count(), ct.course()));
            undo.push(I18n.t("nominations.undoNominate", ct.course(), made.count()), p -> targets.withdraw(made),
                    this::afterChange);
            afterChange();
        }, failure -> dialogs.showError(I18n.t("error.title"), I18n.t("nominations.nominateFailed"), failure));
    }

    /** 申込を記録 (公募): the selected targets as applicants on today's date. */
    public void recordApplications(List<Target> selected) {
        PlannedCourse c = course.get();
        List<Long> ids = selected.stream().filter(t -> !t.enrolled()).map(Target::staffId).toList();
        if (c == null || ids.isEmpty()) {
            dialogs.notify(I18n.t("nominations.selectApplicants"));
            return;
        }
        int year = state.fiscalYear();
        tasks.run(I18n.t("nominations.task.nominating"),
                p -> targets.recordApplications(year, c.id(), ids, LocalDate.now(clock)), made -> {
                    dialogs.notify(I18n.t("nominations.applied", made.count(), c.name()));
                    undo.push(I18n.t("nominations.undoApply", c.name(), made.count()), p -> targets.withdraw(made),
                            this::afterChange);
                    afterChange();
                }, failure -> dialogs.showError(I18n.t("error.title"), I18n.t("nominations.nominateFailed"), failure));
    }

    /** After any change: the board again, and the targets again when they were shown. */
    void afterChange() {
        board.reload();
        if (generated != null) {
            generate();
        }
    }

    void showBoard(CourseBoard b) {
        PlannedCourse c = course.get();
        if (b.courseId() != 0 && (c == null || b.courseId() != c.id() || b.fiscalYear() != state.fiscalYear())) {
            return; // an answer for a course or year no longer shown
        }
        shownBoard = b;
        columns.setAll(NominationTexts.columns(b, LocalDate.now(clock)));
    }

    CourseBoard shownBoard() {
        return shownBoard;
    }

    private void updateCanNominate() {
        canNominate.set(generated != null && !applicationCourse.get()
                && !generated.courses().getFirst().notYetEnrolled().isEmpty());
    }

    private void applyFilter() {
        String key = filter.get() == null ? "" : filter.get().strip();
        boolean onlyNew = notEnrolledOnly.get();
        shownTargets.setPredicate(t -> (!onlyNew || !t.enrolled()) && (key.isEmpty()
                || (t.employeeNo() + t.name() + t.department() + t.tier() + t.reason()).contains(key)));
    }

    public BoardActions board() {
        return board;
    }

    public ObservableList<PlannedCourse> courses() {
        return courses;
    }

    public ObjectProperty<PlannedCourse> courseProperty() {
        return course;
    }

    public ObjectProperty<LocalDate> referenceDateProperty() {
        return referenceDate;
    }

    public FilteredList<Target> shownTargets() {
        return shownTargets;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty notEnrolledOnlyProperty() {
        return notEnrolledOnly;
    }

    public ObjectProperty<AssignStrategy> strategyProperty() {
        return strategy;
    }

    public ObservableList<BoardColumn> columns() {
        return columns;
    }

    public ReadOnlyStringProperty targetSummaryProperty() {
        return targetSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty capacitySummaryProperty() {
        return capacitySummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canNominateProperty() {
        return canNominate.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty applicationCourseProperty() {
        return applicationCourse.getReadOnlyProperty();
    }
}
