package org.kenshu.ui.goals;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.kenshu.service.Services;
import org.kenshu.service.goals.GoalResult;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.DialogService;
import org.kenshu.ui.common.TaskRunner;
import org.kenshu.ui.common.UndoStack;
import org.kenshu.ui.goals.designations.DesignationsViewModel;
import org.kenshu.ui.goals.plan.InitiativesViewModel;
import org.kenshu.ui.goals.reports.FeedbackViewModel;
import org.kenshu.ui.goals.reports.TrainingReportsViewModel;

/**
 * 目標・実績: four tabs — 目標 (dashboard and the selected goal's detail), 役割・認定, 復命書・満足度 and
 * 実施計画 — each a child view model; only the tab on screen is read when the page is refreshed.
 */
public final class GoalsPageViewModel {
    /** The tabs, in order. */
    public static final int GOALS = 0;
    public static final int DESIGNATIONS = 1;
    public static final int REPORTS = 2;
    public static final int PLAN = 3;
    private final GoalDashboardViewModel dashboard;
    private final GoalBreakdownViewModel breakdown = new GoalBreakdownViewModel();
    private final GapListViewModel gap;
    private final GoalYearsViewModel years;
    private final GoalFormViewModel form;
    private final DesignationsViewModel designations;
    private final TrainingReportsViewModel reports;
    private final FeedbackViewModel feedback;
    private final InitiativesViewModel initiatives;
    private final IntegerProperty tab = new SimpleIntegerProperty(GOALS);
    private final boolean[] stale = {true, true, true, true};

    public GoalsPageViewModel(Services s, TaskRunner tasks, DialogService dialogs, AppState state, UndoStack undo) {
        dashboard = new GoalDashboardViewModel(s.goals, tasks, state);
        gap = new GapListViewModel(s.goals, s.renomination, s.missingList, tasks, dialogs, state, undo,
                dashboard::refresh);
        years = new GoalYearsViewModel(s.goalRegister, tasks, dialogs, state, undo, dashboard::refresh);
        form = new GoalFormViewModel(s.goals, s.goalRegister, tasks, dialogs, undo, dashboard::refresh);
        designations = new DesignationsViewModel(s.designations, s.goals, tasks, dialogs, state, undo);
        reports = new TrainingReportsViewModel(s.trainingReports, tasks, dialogs, state, undo);
        feedback = new FeedbackViewModel(s.feedback, s.goalRegister, tasks, dialogs, state, undo);
        initiatives = new InitiativesViewModel(s.initiatives, s.initiativeEdits, tasks, dialogs, state, undo);
        dashboard.selectedProperty().addListener((o, before, row) -> {
            GoalResult was = before == null ? null : before.result();
            GoalResult now = row == null ? null : row.result();
            if (was != now) {
                breakdown.show(now);
                gap.show(now);
                years.show(now == null ? null : now.goal());
                if (was == null || now == null || was.goal().id() != now.goal().id()
                        || was.goal().version() != now.goal().version()) {
                    form.edit(now == null ? null : now.goal());
                }
            }
        });
        tab.addListener((o, a, t) -> {
            if (stale[t.intValue()]) {
                refreshTab(t.intValue());
            }
        });
    }

    /** The page is shown or the fiscal year changed: read the tab on screen, the others when chosen. */
    public void refresh() {
        java.util.Arrays.fill(stale, true);
        refreshTab(tab.get());
    }

    private void refreshTab(int t) {
        stale[t] = false;
        switch (t) {
            case GOALS -> {
                dashboard.refresh();
                form.refresh();
            }
            case DESIGNATIONS -> designations.refresh();
            case REPORTS -> {
                reports.refresh();
                feedback.refresh();
            }
            default -> initiatives.refresh();
        }
    }

    /** Ctrl+S on the 復命書・満足度 and 実施計画 tabs saves the report or the initiative being edited. */
    public void save() {
        switch (tab.get()) {
            case REPORTS -> reports.save();
            case PLAN -> initiatives.save();
            default -> { }
        }
    }

    public IntegerProperty tabProperty() {
        return tab;
    }

    public GoalDashboardViewModel dashboard() {
        return dashboard;
    }

    public GoalBreakdownViewModel breakdown() {
        return breakdown;
    }

    public GapListViewModel gap() {
        return gap;
    }

    public GoalYearsViewModel years() {
        return years;
    }

    public GoalFormViewModel form() {
        return form;
    }

    public DesignationsViewModel designations() {
        return designations;
    }

    public TrainingReportsViewModel reports() {
        return reports;
    }

    public FeedbackViewModel feedback() {
        return feedback;
    }

    public InitiativesViewModel initiatives() {
        return initiatives;
    }
}
