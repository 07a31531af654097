package org.kenshu.ui.goals;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.kenshu.model.GoalYear;
import org.kenshu.model.I18n;
import org.kenshu.model.Wareki;
import org.kenshu.ui.common.Tables;
import org.kenshu.ui.common.ViewLoader;

/** Each year's value (MANUAL goals, with its source) and a target that differs that year. */
public final class GoalYearsView {
    private final GoalYearsViewModel vm;
    private final Node root;

    @FXML
    private TableView<GoalYear> yearTable;
    @FXML
    private TableColumn<GoalYear, String> yearColumn;
    @FXML
    private TableColumn<GoalYear, String> yearValueColumn;
    @FXML
    private TableColumn<GoalYear, String> yearTargetColumn;
    @FXML
    private TableColumn<GoalYear, String> yearSourceColumn;
    @FXML
    private Label yearHeading;
    @FXML
    private GridPane yearForm;
    @FXML
    private Label valueLabel;
    @FXML
    private TextField valueField;
    @FXML
    private TextField yearTargetField;
    @FXML
    private TextField sourceField;
    @FXML
    private Label unitLabel;
    @FXML
    private Label targetUnitLabel;
    @FXML
    private Button saveYearButton;

    public GoalYearsView(GoalYearsViewModel vm) {
        this.vm = vm;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        Tables.bind(yearColumn, y -> Wareki.fiscalYear(y.fiscalYear(), vm.state().era()));
        Tables.bind(yearValueColumn, y -> vm.number(y.manualValue()));
        Tables.bind(yearTargetColumn, y -> y.targetRate() != null ? GoalFormat.percentField(y.targetRate()) + "%"
                : y.targetCount() == null ? "" : y.targetCount().toString());
        Tables.bind(yearSourceColumn, y -> y.sourceNote() == null ? "" : y.sourceNote());
        yearTable.setItems(vm.years());
        Tables.emptyText(yearTable, I18n.t("goals.years.empty"));
        yearTable.getSelectionModel().selectedItemProperty().addListener((o, a, y) -> {
            if (y != null) {
                vm.selectedProperty().set(y);
            }
        });
        vm.selectedProperty().addListener((o, a, y) -> yearTable.getSelectionModel().select(y));
        yearHeading.textProperty().bind(vm.headingProperty());
        valueField.textProperty().bindBidirectional(vm.valueProperty());
        yearTargetField.textProperty().bindBidirectional(vm.targetProperty());
        sourceField.textProperty().bindBidirectional(vm.sourceProperty());
        vm.years().addListener((javafx.collections.ListChangeListener<GoalYear>) c -> {
            unitLabel.setText(vm.unit());
            targetUnitLabel.setText(vm.unit());
        });
        valueLabel.textProperty().bind(javafx.beans.binding.Bindings.when(vm.manualProperty())
                .then(I18n.t("goals.years.value")).otherwise(I18n.t("goals.years.valueNotUsed")));
        valueField.disableProperty().bind(vm.manualProperty().not());
        saveYearButton.setOnAction(e -> vm.save());
    }

    public Node root() {
        return root;
    }
}
