package org.kenshu.ui.goals;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import org.kenshu.service.goals.Breakdown;
import org.kenshu.service.goals.GoalResult;
import org.kenshu.ui.common.Tables;
import org.kenshu.ui.common.ViewLoader;

/** The breakdown of the selected goal: table beside a bar chart with the target line. */
public final class GoalBreakdownView {
    private final GoalBreakdownViewModel vm;
    private final Node root;

    @FXML
    private ToggleButton byTierButton;
    @FXML
    private ToggleButton byDepartmentButton;
    @FXML
    private Label noteLabel;
    @FXML
    private TableView<Breakdown> breakdownTable;
    @FXML
    private TableColumn<Breakdown, String> groupColumn;
    @FXML
    private TableColumn<Breakdown, String> valueColumn;
    @FXML
    private TargetBarChart breakdownChart;

    public GoalBreakdownView(GoalBreakdownViewModel vm) {
        this.vm = vm;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        ToggleGroup group = new ToggleGroup();
        byTierButton.setToggleGroup(group);
        byDepartmentButton.setToggleGroup(group);
        byTierButton.setSelected(true);
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                vm.byDepartmentProperty().set(b == byDepartmentButton);
            }
        });
        Tables.bind(groupColumn, Breakdown::label);
        Tables.bind(valueColumn, vm::value);
        breakdownTable.setItems(vm.groups());
        Tables.emptyText(breakdownTable, vm.emptyTextProperty().get());
        vm.emptyTextProperty().addListener((o, a, text) -> Tables.emptyText(breakdownTable, text));
        noteLabel.textProperty().bind(vm.noteProperty());
        vm.groups().addListener((ListChangeListener<Breakdown>) c -> drawChart());
        breakdownChart.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.groups()));
    }

    private void drawChart() {
        GoalResult r = vm.resultProperty().get();
        breakdownChart.show(vm.groups(), r != null && r.isRate(), r == null ? null : r.target().value());
    }

    public Node root() {
        return root;
    }
}
