package org.kenshu.ui.goals;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.PageView;
import org.kenshu.ui.common.ViewLoader;
import org.kenshu.ui.goals.designations.DesignationsView;
import org.kenshu.ui.goals.plan.InitiativesView;
import org.kenshu.ui.goals.reports.FeedbackView;
import org.kenshu.ui.goals.reports.TrainingReportsView;

/** 目標・実績 page: a tab per area, each filled with its child component. */
public final class GoalsPageView implements PageView {
    private final GoalsPageViewModel vm;
    private final Node root;
    private final GoalDashboardView dashboard;

    @FXML
    private TabPane goalsTabs;
    @FXML
    private Tab goalsTab;
    @FXML
    private Tab designationsTab;
    @FXML
    private Tab reportsTab;
    @FXML
    private Tab planTab;
    @FXML
    private SplitPane reportsSplit;

    public GoalsPageView(GoalsPageViewModel vm, AppState state) {
        this.vm = vm;
        this.root = ViewLoader.load(this);
        GapListView gap = new GapListView(vm.gap());
        dashboard = new GoalDashboardView(vm.dashboard(), new GoalBreakdownView(vm.breakdown()).root(), gap.root(),
                new GoalYearsView(vm.years()).root(), new GoalFormView(vm.form(), state).root());
        dashboard.onDetailTab(index -> vm.gap().setActive(index == GoalDashboardView.GAP));
        goalsTab.setContent(dashboard.root());
        designationsTab.setContent(new DesignationsView(vm.designations()).root());
        reportsSplit.getItems().setAll(new TrainingReportsView(vm.reports()).root(),
                new FeedbackView(vm.feedback()).root());
        planTab.setContent(new InitiativesView(vm.initiatives()).root());
        goalsTabs.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> vm.tabProperty().set(i.intValue()));
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
        vm.refresh();
    }

    @Override
    public void save() {
        vm.save();
    }
}
