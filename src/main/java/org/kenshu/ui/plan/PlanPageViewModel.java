package org.kenshu.ui.plan;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.kenshu.model.I18n;
import org.kenshu.model.Wareki;
import org.kenshu.service.PlanService;
import org.kenshu.service.SessionEntry;
import org.kenshu.service.imports.Text;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.TaskRunner;

/** 年度計画: the selected year's sessions in date order, filtered as typed. */
public final class PlanPageViewModel {
    private final PlanService plans;
    private final TaskRunner tasks;
    private final AppState state;
    private final ObservableList<SessionEntry> sessions = FXCollections.observableArrayList();
    private final FilteredList<SessionEntry> shown = new FilteredList<>(sessions);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");

    public PlanPageViewModel(PlanService plans, TaskRunner tasks, AppState state) {
        this.plans = plans;
        this.tasks = tasks;
        this.state = state;
        filter.addListener((obs, old, text) -> applyFilter());
    }

    public void refresh() {
        int year = state.fiscalYear();
        emptyText.set(I18n.t("plan.empty", Wareki.fiscalYear(year, state.era())));
        tasks.run(I18n.t("task.loadingPlan"), p -> plans.sessions(year), list -> {
            sessions.setAll(list);
            applyFilter();
        });
    }

    private void applyFilter() {
        String key = Text.key(filter.get());
        shown.setPredicate(s -> key.isEmpty() || Text.key(s.course() + s.typeName() + s.venue() + s.instructor())
                .contains(key));
        long courses = sessions.stream().map(SessionEntry::courseId).distinct().count();
        int days = sessions.stream().mapToInt(s -> s.days().size()).sum();
        summary.set(I18n.t("plan.summary", courses, sessions.size(), days));
    }

    /** 「5月12日(火)～13日(水)」: every day of a session. */
    public static String days(SessionEntry s) {
        return Wareki.sessionDays(s.days(), s.periodEnd());
    }

    public FilteredList<SessionEntry> shown() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }
}
