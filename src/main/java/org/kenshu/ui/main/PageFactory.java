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
import org.kenshu.ui.imports.ImportWizardLauncher;
import org.kenshu.ui.competency.CompetencyPageViewModel;
import org.kenshu.ui.goals.GoalsPageView;
import org.kenshu.ui.goals.GoalsPageViewModel;
import org.kenshu.model.ImportKind;
import org.kenshu.ui.imports.ImportButtons;
import org.kenshu.ui.plan.PlanPageView;
import org.kenshu.ui.plan.targets.NominationsPaneView;
import org.kenshu.ui.plan.targets.NominationsPaneViewModel;
import org.kenshu.ui.plan.PlanPageViewModel;
import org.kenshu.ui.plan.PlanServices;
import org.kenshu.ui.reports.ReportsPageView;
import org.kenshu.ui.reports.ReportsPageViewModel;
import org.kenshu.ui.settings.SettingsPageView;
import org.kenshu.ui.settings.HolidaySettingsViewModel;
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
    private final ImportWizardLauncher imports;

    public PageFactory(Services services, TaskRunner tasks, DialogService dialogs, AppState state, Clock clock,
            UndoStack undo, ImportWizardLauncher imports) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        this.clock = clock;
        this.undo = undo;
        this.imports = imports;
    }

    private org.kenshu.ui.common.Editor editor() {
        return new org.kenshu.ui.common.Editor(tasks, dialogs, undo);
    }

    @Override
    public PageView apply(PageId id) {
        return switch (id) {
            case STAFF -> staffPage();
            case COMPETENCY -> new CompetencyPageView(new CompetencyPageViewModel(services, editor(), state), dialogs);
            case CATALOG -> new CatalogPageView(new CatalogPageViewModel(services.catalog, services.courses,
                    services.courseTypes, services.providers, tasks, dialogs, undo));
            case PLAN -> planPage();
            case ATTENDANCE -> new AttendancePageView(new AttendancePageViewModel(services.attendance, services.imports,
                    tasks, dialogs, state), state, imports);
            case GOALS -> new GoalsPageView(new GoalsPageViewModel(services, tasks, dialogs, state, undo), state);
            case REPORTS -> new ReportsPageView(new ReportsPageViewModel(services.reports, services.exports, tasks,
                    dialogs, state));
            case SETTINGS -> new SettingsPageView(new SettingsPageViewModel(services.organisation, services.info, tasks,
                    dialogs, state, undo), new HolidaySettingsViewModel(services.holidays, tasks, dialogs));
        };
    }

    private PageView staffPage() {
        var page = new StaffPageView(new StaffPageViewModel(services, editor(), state, clock), state);
        page.placeImportButton(ImportButtons.of("staff.importRoster", ImportKind.STAFF, imports));
        return page;
    }

    private PageView planPage() {
        var page = new PlanPageView(new PlanPageViewModel(PlanServices.of(services), tasks, dialogs, state, undo),
                state, new NominationsPaneView(new NominationsPaneViewModel(services.targets, services.assignments,
                        tasks, dialogs, state, undo, clock), state));
        page.placeImportButtons(ImportButtons.of("plan.importPlan", ImportKind.PLAN, imports),
                ImportButtons.of("plan.importNominations", ImportKind.NOMINATIONS, imports));
        return page;
    }
}
