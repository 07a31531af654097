package org.kenshu.ui.plan;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kenshu.model.AnnualPlan;
import org.kenshu.model.CourseType;
import org.kenshu.model.FiscalYear;
import org.kenshu.model.I18n;
import org.kenshu.model.PlanStatus;
import org.kenshu.model.Wareki;
import org.kenshu.service.CourseEntry;
import org.kenshu.service.SessionEntry;
import org.kenshu.service.calendar.YearEndClosure;
import org.kenshu.service.imports.Text;
import org.kenshu.service.plan.checks.PlanWarning;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.DialogService;
import org.kenshu.ui.common.TaskRunner;
import org.kenshu.ui.common.UndoStack;

/**
 * 年度計画: the selected year's plan — its status (案/確定), the session list grouped by month or course, the
 * year calendar, the tier curriculum, competency coverage and the checks; sessions open in the side panel.
 */
public final class PlanPageViewModel {
    private final PlanServices services;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final AppState state;
    private final SessionEditorViewModel editor;
    private final PlanYearActions actions;
    private final CurriculumViewModel curriculum;
    private final CoverageViewModel coverage;
    private final ObservableList<SessionEntry> sessions = FXCollections.observableArrayList();
    private final ObservableList<PlanListRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CalendarMonth> months = FXCollections.observableArrayList();
    private final ObservableList<CourseType> types = FXCollections.observableArrayList();
    private final ObservableList<PlanWarning> warnings = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<PlanListRow.Grouping> grouping = new SimpleObjectProperty<>(PlanListRow.Grouping.MONTH);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warningsTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fixLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasPlan = new ReadOnlyBooleanWrapper(false);
    private List<Long> courseOrder = List.of();
    private Optional<AnnualPlan> plan = Optional.empty();

    public PlanPageViewModel(PlanServices services, TaskRunner tasks, DialogService dialogs, AppState state,
            UndoStack undo) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        this.editor = new SessionEditorViewModel(services, tasks, dialogs, state, undo);
        this.actions = new PlanYearActions(services, tasks, dialogs, state, undo, this);
        this.curriculum = new CurriculumViewModel(services.curriculum(), tasks, state);
        this.coverage = new CoverageViewModel(services.curriculum(), tasks, state);
        filter.addListener((obs, old, text) -> applyFilter());
        grouping.addListener((obs, old, g) -> applyFilter());
    }

    public void refresh() {
        int year = state.fiscalYear();
        emptyText.set(I18n.t("plan.empty", Wareki.fiscalYear(year, state.era())));
        tasks.run(I18n.t("task.loadingPlan"), p -> load(year), this::show);
    }

    private PlanData load(int year) {
        FiscalYear fy = FiscalYear.of(year);
        return new PlanData(year, services.annualPlans().plan(year), services.plans().sessions(year),
                services.catalog().courseTypes(), services.holidays().between(fy.start(), fy.end()),
                services.checks().check(year), services.catalog().courses());
    }

    private void show(PlanData d) {
        plan = d.plan();
        hasPlan.set(plan.isPresent());
        sessions.setAll(d.sessions());
        courseOrder = d.courses().stream().map(c -> c.course().id()).toList();
        types.setAll(d.types());
        months.setAll(YearCalendarModel.build(d.fiscalYear(), d.sessions(), d.types(), d.holidays(),
                YearEndClosure.of(state.organisationProperty().get())));
        warnings.setAll(d.warnings());
        warningsTitle.set(I18n.t("plan.tab.checks", d.warnings().size()));
        PlanStatus planStatus = plan.map(AnnualPlan::status).orElse(null);
        status.set(plan.isEmpty() ? I18n.t("plan.status.none", Wareki.fiscalYear(d.fiscalYear(), state.era()))
                : I18n.t("plan.status", Wareki.fiscalYear(d.fiscalYear(), state.era()), I18n.label(planStatus)));
        fixLabel.set(I18n.t(planStatus == PlanStatus.FIXED ? "plan.unfix" : "plan.fix"));
        editor.setContext(d.fiscalYear(), planStatus, d.courses(), d.holidays(), this::refresh);
        applyFilter();
    }

    private void applyFilter() {
        String key = Text.key(filter.get());
        List<SessionEntry> shown = sessions.stream().filter(s -> key.isEmpty()
                || Text.key(s.course() + s.typeName() + s.venue() + s.instructor()).contains(key)).toList();
        rows.setAll(PlanListRow.build(shown, grouping.get(), courseOrder, state.era()));
        long courses = sessions.stream().map(SessionEntry::courseId).distinct().count();
        int days = sessions.stream().mapToInt(s -> s.days().size()).sum();
        summary.set(I18n.t("plan.summary", courses, sessions.size(), days));
    }

    /** Opens a session in the side panel (from the list, the calendar or a warning). */
    public void openSession(long sessionId) {
        editor.open(sessionId);
    }

    /** A calendar day clicked: its one session opens, or the officer picks among several. */
    public void openDay(CalendarMonth.Day day) {
        if (day.chips().size() == 1) {
            openSession(day.chips().getFirst().sessionId());
        } else if (!day.chips().isEmpty()) {
            dialogs.choose(I18n.t("calendar.chooseTitle"), I18n.t("calendar.choose", state.longDate(day.date())),
                    day.chips(), c -> c.tooltip().replace("\n", "  ")).ifPresent(c -> openSession(c.sessionId()));
        }
    }

    public void addSession() {
        editor.newSession();
    }

    public void createEmptyPlan() {
        actions.createEmpty();
    }

    public void copyLastYear() {
        actions.copyLastYear();
    }

    public void toggleFixed() {
        actions.toggleFixed(plan);
    }

    /** 「5月12日(火)～13日(水)」: every day of a session. */
    public static String days(SessionEntry s) {
        return Wareki.sessionDays(s.days(), s.periodEnd());
    }

    boolean hasSessions() {
        return !sessions.isEmpty();
    }

    Optional<AnnualPlan> plan() {
        return plan;
    }

    public ObservableList<PlanListRow> rows() {
        return rows;
    }

    public ObservableList<SessionEntry> sessions() {
        return sessions;
    }

    public ObservableList<CalendarMonth> months() {
        return months;
    }

    public ObservableList<CourseType> types() {
        return types;
    }

    public ObservableList<PlanWarning> warnings() {
        return warnings;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<PlanListRow.Grouping> groupingProperty() {
        return grouping;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty warningsTitleProperty() {
        return warningsTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fixLabelProperty() {
        return fixLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPlanProperty() {
        return hasPlan.getReadOnlyProperty();
    }

    public SessionEditorViewModel editor() {
        return editor;
    }

    public CurriculumViewModel curriculum() {
        return curriculum;
    }

    public CoverageViewModel coverage() {
        return coverage;
    }
}
