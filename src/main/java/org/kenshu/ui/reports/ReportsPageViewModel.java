package org.kenshu.ui.reports;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kenshu.model.I18n;
import org.kenshu.service.ReportOverview;
import org.kenshu.service.ReportService;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.TaskRunner;

/** 帳票: the reports and the data each would draw on for the selected fiscal year. */
public final class ReportsPageViewModel {
    private final ReportService reports;
    private final TaskRunner tasks;
    private final AppState state;
    private final ObservableList<ReportOverview> overview = FXCollections.observableArrayList();

    public ReportsPageViewModel(ReportService reports, TaskRunner tasks, AppState state) {
        this.reports = reports;
        this.tasks = tasks;
        this.state = state;
    }

    public void refresh() {
        int year = state.fiscalYear();
        tasks.run(I18n.t("task.loadingReports"), p -> reports.overview(year), overview::setAll);
    }

    public ObservableList<ReportOverview> overview() {
        return overview;
    }
}
