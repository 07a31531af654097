package org.kenshu.ui.goals;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kenshu.model.Goal;
import org.kenshu.model.I18n;
import org.kenshu.service.GoalEntry;
import org.kenshu.service.GoalService;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.TaskRunner;

/** 目標・実績: the goals that cover the selected fiscal year. */
public final class GoalsPageViewModel {
    private final GoalService goals;
    private final TaskRunner tasks;
    private final AppState state;
    private final ObservableList<GoalEntry> entries = FXCollections.observableArrayList();

    public GoalsPageViewModel(GoalService goals, TaskRunner tasks, AppState state) {
        this.goals = goals;
        this.tasks = tasks;
        this.state = state;
    }

    public void refresh() {
        int year = state.fiscalYear();
        tasks.run(I18n.t("task.loadingGoals"), p -> goals.goals(year), entries::setAll);
    }

    /** 「90%」 or 「12人」. */
    public static String target(Goal g) {
        if (g.targetRate() != null) {
            return g.targetRate().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        }
        if (g.targetCount() != null) {
            return g.targetCount() + (g.unit() == null ? "" : g.unit());
        }
        return "";
    }

    /** 「令和8年度〜令和10年度」, or empty when the goal has no limit. */
    public String years(Goal g) {
        if (g.fiscalYearFrom() == null && g.fiscalYearTo() == null) {
            return I18n.t("goals.everyYear");
        }
        String from = g.fiscalYearFrom() == null ? "" : org.kenshu.model.Wareki.fiscalYear(g.fiscalYearFrom(), state.era());
        String to = g.fiscalYearTo() == null ? "" : org.kenshu.model.Wareki.fiscalYear(g.fiscalYearTo(), state.era());
        return from + "〜" + to;
    }

    public ObservableList<GoalEntry> entries() {
        return entries;
    }
}
