package org.kenshu.ui.main;

import java.time.Clock;
import java.util.function.Function;
import org.kenshu.service.Services;
import org.kenshu.ui.attendance.AttendancePageView;
import org.kenshu.ui.attendance.AttendancePageViewModel;
import org.kenshu.ui.catalog.CatalogPageView;
import org.kenshu.ui.catalog.CatalogPageViewModel;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.DialogService;
import org.kenshu.ui.common.PageView;
import org.kenshu.ui.common.TaskRunner;
import org.kenshu.ui.common.UndoStack;
import org.kenshu.ui.competency.CompetencyPageView;
import org.kenshu.ui.competency.CompetencyPageViewModel;
import org.kenshu.ui.goals.GoalsPageView;
import org.kenshu.ui.goals.GoalsPageViewModel;
import org.kenshu.ui.plan.PlanPageView;
import org.kenshu.ui.plan.PlanPageViewModel;
import org.kenshu.ui.reports.ReportsPageView;
import org.kenshu.ui.reports.ReportsPageViewModel;
import org.kenshu.ui.settings.SettingsPageView;
import org.kenshu.ui.settings.SettingsPageViewModel;
import org.kenshu.ui.staff.StaffPageView;
import org.kenshu.ui.staff.StaffPageViewModel;

/** Builds each page (view + view model) from the services, when it is first shown. */
public final class PageFactory implements Function<PageId, PageView> {
    private final Services services;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final AppState state;
    private final Clock clock;
    private final UndoStack undo;

    public PageFactory(Services services, TaskRunner tasks, DialogService dialogs, AppState state, Clock clock,
            UndoStack undo) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        this.clock = clock;
        this.undo = undo;
    }

    @Override
    public PageView apply(PageId id) {
        return switch (id) {
            case STAFF -> new StaffPageView(new StaffPageViewModel(services.roster, tasks, state, clock), state);
            case COMPETENCY -> new CompetencyPageView(new CompetencyPageViewModel(services.competencies, tasks));
            case CATALOG -> new CatalogPageView(new CatalogPageViewModel(services.catalog, tasks));
            case PLAN -> new PlanPageView(new PlanPageViewModel(services.plans, tasks, state));
            case ATTENDANCE -> new AttendancePageView(new AttendancePageViewModel(services.attendance, tasks, state),
                    state);
            case GOALS -> new GoalsPageView(new GoalsPageViewModel(services.goals, tasks, state));
            case REPORTS -> new ReportsPageView(new ReportsPageViewModel(services.reports, services.exports, tasks,
                    dialogs, state));
            case SETTINGS -> new SettingsPageView(new SettingsPageViewModel(services.organisation, services.info, tasks,
                    dialogs, state, undo));
        };
    }
}
