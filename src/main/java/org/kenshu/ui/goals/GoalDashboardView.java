package org.kenshu.ui.goals;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.kenshu.model.I18n;
import org.kenshu.service.goals.GoalResult;
import org.kenshu.service.goals.TrendPoint;
import org.kenshu.ui.common.Tables;
import org.kenshu.ui.common.ViewLoader;

/**
 * 目標 tab: the goals of the year (one row each, status coloured, trend drawn small) over the
 * selected goal's detail: its breakdown, the people behind its gap, its yearly values and its
 * settings — each a child component.
 */
public final class GoalDashboardView {
    /** The detail tabs, in order. */
    public static final int BREAKDOWN = 0;
    public static final int GAP = 1;
    private final GoalDashboardViewModel vm;
    private final Node root;

    @FXML
    private Label dashboardSummary;
    @FXML
    private TableView<GoalRow> goalTable;
    @FXML
    private TableColumn<GoalRow, String> goalNameColumn;
    @FXML
    private TableColumn<GoalRow, String> goalTargetColumn;
    @FXML
    private TableColumn<GoalRow, String> goalActualColumn;
    @FXML
    private TableColumn<GoalRow, String> goalFractionColumn;
    @FXML
    private TableColumn<GoalRow, String> goalForecastColumn;
    @FXML
    private TableColumn<GoalRow, GoalResult> goalStatusColumn;
    @FXML
    private TableColumn<GoalRow, List<TrendPoint>> goalTrendColumn;
    @FXML
    private TableColumn<GoalRow, String> goalKindColumn;
    @FXML
    private TabPane detailTabs;
    @FXML
    private Tab breakdownTab;
    @FXML
    private Tab gapTab;
    @FXML
    private Tab yearsTab;
    @FXML
    private Tab formTab;

    public GoalDashboardView(GoalDashboardViewModel vm, Node breakdown, Node gap, Node years, Node form) {
        this.vm = vm;
        this.root = ViewLoader.load(this);
        breakdownTab.setContent(breakdown);
        gapTab.setContent(gap);
        yearsTab.setContent(years);
        formTab.setContent(form);
    }

    @FXML
    private void initialize() {
        Tables.bind(goalNameColumn, r -> r.result().goal().name());
        Tables.bind(goalKindColumn, r -> I18n.label(r.result().goal().kind()));
        Tables.bind(goalTargetColumn, r -> GoalFormat.value(r.result(), r.result().target().value()));
        Tables.bind(goalActualColumn, r -> GoalFormat.value(r.result(), r.result().actual()));
        Tables.bind(goalFractionColumn, r -> GoalFormat.fraction(r.result()));
        Tables.bind(goalForecastColumn, r -> GoalFormat.value(r.result(), r.result().forecast()));
        Tables.bind(goalStatusColumn, GoalRow::result);
        goalStatusColumn.setCellFactory(c -> new StatusCell<>());
        Tables.bind(goalTrendColumn, GoalRow::trend);
        goalTrendColumn.setCellFactory(c -> new TrendCell<>(vm.state(), true) {
            @Override
            protected void updateItem(List<TrendPoint> points, boolean empty) {
                GoalRow row = getTableRow() == null ? null : getTableRow().getItem();
                rate(row == null || row.result().isRate());
                super.updateItem(points, empty);
            }
        });
        goalTable.setItems(vm.rows());
        vm.emptyTextProperty().addListener((o, a, text) -> Tables.emptyText(goalTable, text));
        dashboardSummary.textProperty().bind(vm.summaryProperty());
        goalTable.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                vm.selectedProperty().set(row);
            }
        });
        vm.selectedProperty().addListener((o, a, row) -> {
            if (row != null && goalTable.getSelectionModel().getSelectedItem() != row) {
                goalTable.getSelectionModel().select(row);
            }
        });
    }

    /** Tells {@code listener} which detail tab is on screen (the list of the gap is read only when shown). */
    public void onDetailTab(java.util.function.IntConsumer listener) {
        detailTabs.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> listener.accept(i.intValue()));
    }

    public Node root() {
        return root;
    }
}
