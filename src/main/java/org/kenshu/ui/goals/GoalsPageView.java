package org.kenshu.ui.goals;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.kenshu.model.I18n;
import org.kenshu.service.GoalEntry;
import org.kenshu.ui.common.PageView;
import org.kenshu.ui.common.Tables;
import org.kenshu.ui.common.ViewLoader;

/** 目標・実績 page: the goal register. */
public final class GoalsPageView implements PageView {
    private final GoalsPageViewModel vm;
    private final Node root;

    @FXML
    private TableView<GoalEntry> goalTable;
    @FXML
    private TableColumn<GoalEntry, String> nameColumn;
    @FXML
    private TableColumn<GoalEntry, String> kindColumn;
    @FXML
    private TableColumn<GoalEntry, String> targetColumn;
    @FXML
    private TableColumn<GoalEntry, String> scopeColumn;
    @FXML
    private TableColumn<GoalEntry, String> yearsColumn;
    @FXML
    private TableColumn<GoalEntry, String> codeColumn;

    public GoalsPageView(GoalsPageViewModel vm) {
        this.vm = vm;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        Tables.bind(nameColumn, e -> e.goal().name());
        Tables.bind(kindColumn, e -> I18n.label(e.goal().kind()));
        Tables.bind(targetColumn, e -> GoalsPageViewModel.target(e.goal()));
        Tables.bind(scopeColumn, GoalEntry::scope);
        Tables.bind(yearsColumn, e -> vm.years(e.goal()));
        Tables.bind(codeColumn, e -> e.goal().code());
        goalTable.setItems(vm.entries());
        Tables.emptyText(goalTable, I18n.t("goals.empty"));
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
        vm.refresh();
    }
}
