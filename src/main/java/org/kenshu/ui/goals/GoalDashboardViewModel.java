package org.kenshu.ui.goals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kenshu.model.GoalStatus;
import org.kenshu.model.I18n;
import org.kenshu.model.Wareki;
import org.kenshu.service.GoalService;
import org.kenshu.service.goals.GoalResult;
import org.kenshu.service.goals.TrendPoint;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.TaskRunner;

/**
 * 目標 tab: every goal of the selected fiscal year counted (target, actual, fraction, forecast,
 * status), then each goal's trend. Selecting a goal hands it to the detail components.
 */
public final class GoalDashboardViewModel {
    private final GoalService goals;
    private final TaskRunner tasks;
    private final AppState state;
    private final ObservableList<GoalRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<GoalRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");

    public GoalDashboardViewModel(GoalService goals, TaskRunner tasks, AppState state) {
        this.goals = goals;
        this.tasks = tasks;
        this.state = state;
    }

    public void refresh() {
        int year = state.fiscalYear();
        String selectedCode = selected.get() == null ? null : selected.get().result().goal().code();
        emptyText.set(I18n.t("goals.dashboard.empty", Wareki.fiscalYear(year, state.era())));
        tasks.run(I18n.t("task.countingGoals"), p -> goals.results(year), results -> {
            rows.setAll(results.stream().map(r -> new GoalRow(r, List.of())).toList());
            summary.set(summary(results));
            selected.set(rows.stream().filter(r -> r.result().goal().code().equals(selectedCode)).findFirst()
                    .orElse(rows.isEmpty() ? null : rows.getFirst()));
            loadTrends(year, results);
        });
    }

    /** Trends take a count per earlier year: loaded after the table is shown. */
    private void loadTrends(int year, List<GoalResult> results) {
        tasks.run(I18n.t("task.goalTrends"), p -> {
            Map<String, List<TrendPoint>> trends = new LinkedHashMap<>();
            for (GoalResult r : results) {
                p.checkCancelled();
                trends.put(r.goal().code(), goals.trend(r.goal(), year));
            }
            return trends;
        }, trends -> {
            if (state.fiscalYear() != year) {
                return;
            }
            GoalRow before = selected.get();
            rows.replaceAll(r -> new GoalRow(r.result(), trends.getOrDefault(r.result().goal().code(), List.of())));
            if (before != null) {
                rows.stream().filter(r -> r.result().goal().code().equals(before.result().goal().code()))
                        .findFirst().ifPresent(selected::set);
            }
        });
    }

    /** 「目標 3 件: 達成 1・見込みあり 1・要注意 1」, and 「・実績なし 1」 when a goal has no value yet. */
    static String summary(List<GoalResult> results) {
        long achieved = results.stream().filter(r -> r.status() == GoalStatus.ACHIEVED).count();
        long onTrack = results.stream().filter(r -> r.status() == GoalStatus.ON_TRACK).count();
        long noValue = results.stream().filter(r -> r.actual() == null).count();
        String text = I18n.t("goals.dashboard.summary", results.size(), achieved, onTrack,
                results.size() - achieved - onTrack - noValue);
        return noValue == 0 ? text : text + I18n.t("goals.dashboard.noValue", noValue);
    }

    public ObservableList<GoalRow> rows() {
        return rows;
    }

    public ObjectProperty<GoalRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public AppState state() {
        return state;
    }
}
