package org.kenshu.ui.staff;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kenshu.model.Department;
import org.kenshu.model.I18n;
import org.kenshu.model.JobCategory;
import org.kenshu.model.Tier;
import org.kenshu.service.StaffDetail;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.Cells;
import org.kenshu.ui.common.DatePickers;
import org.kenshu.ui.common.FormKeys;
import org.kenshu.ui.common.Tables;
import org.kenshu.ui.common.ViewLoader;

/** 配置履歴: the history table (never rewritten) and the form that adds a transfer or promotion. */
public final class AssignmentsPaneView {
    private final StaffDetailViewModel detail;
    private final AssignmentFormViewModel vm;
    private final AppState state;
    private final Node root;

    @FXML
    private TableView<StaffDetail.AssignmentLine> assignmentHistoryTable;
    @FXML
    private TableColumn<StaffDetail.AssignmentLine, String> assignmentFromColumn;
    @FXML
    private TableColumn<StaffDetail.AssignmentLine, String> assignmentChangeColumn;
    @FXML
    private TableColumn<StaffDetail.AssignmentLine, String> assignmentDepartmentColumn;
    @FXML
    private TableColumn<StaffDetail.AssignmentLine, String> assignmentTierColumn;
    @FXML
    private TableColumn<StaffDetail.AssignmentLine, String> assignmentJobColumn;
    @FXML
    private VBox assignmentForm;
    @FXML
    private DatePicker assignmentFromPicker;
    @FXML
    private ComboBox<Department> assignmentDepartmentBox;
    @FXML
    private ComboBox<Tier> assignmentTierBox;
    @FXML
    private ComboBox<JobCategory> assignmentJobBox;
    @FXML
    private TextField assignmentGradeField;
    @FXML
    private TextField assignmentTitleField;
    @FXML
    private Label assignmentErrorLabel;
    @FXML
    private Button assignmentAddButton;
    @FXML
    private Button assignmentResetButton;
    @FXML
    private Button assignmentDeleteButton;

    AssignmentsPaneView(StaffDetailViewModel detail, AppState state) {
        this.detail = detail;
        this.vm = detail.assignment();
        this.state = state;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        Tables.bind(assignmentFromColumn, l -> state.shortDate(l.assignment().validFrom()));
        Tables.bind(assignmentChangeColumn, l -> I18n.t("assignment.change." + l.change().name()));
        Tables.bind(assignmentDepartmentColumn, StaffDetail.AssignmentLine::department);
        Tables.bind(assignmentTierColumn, StaffDetail.AssignmentLine::tier);
        Tables.bind(assignmentJobColumn, StaffDetail.AssignmentLine::jobCategory);
        Tables.emptyText(assignmentHistoryTable, I18n.t("assignment.empty.history"));
        detail.detailProperty().addListener((obs, old, d) -> assignmentHistoryTable.getItems().setAll(
                d == null ? java.util.List.of() : d.assignments().reversed()));
        DatePickers.japanese(assignmentFromPicker, state);
        assignmentFromPicker.valueProperty().bindBidirectional(vm.validFromProperty());
        assignmentDepartmentBox.setItems(detail.choices().departments());
        Cells.label(assignmentDepartmentBox, detail.choices()::departmentLabel);
        assignmentDepartmentBox.valueProperty().bindBidirectional(vm.departmentProperty());
        assignmentTierBox.setItems(detail.choices().tiers());
        Cells.label(assignmentTierBox, Tier::name);
        assignmentTierBox.valueProperty().bindBidirectional(vm.tierProperty());
        assignmentJobBox.setItems(detail.choices().jobs());
        Cells.label(assignmentJobBox, JobCategory::name);
        assignmentJobBox.valueProperty().bindBidirectional(vm.jobProperty());
        assignmentGradeField.textProperty().bindBidirectional(vm.salaryGradeProperty());
        assignmentTitleField.textProperty().bindBidirectional(vm.positionTitleProperty());
        assignmentErrorLabel.textProperty().bind(vm.errorProperty());
        assignmentAddButton.setOnAction(e -> vm.add());
        assignmentResetButton.setOnAction(e -> vm.prefill());
        assignmentDeleteButton.disableProperty().bind(assignmentHistoryTable.getSelectionModel().selectedItemProperty().isNull());
        assignmentDeleteButton.setOnAction(e -> vm.delete(assignmentHistoryTable.getSelectionModel().getSelectedItem()));
        FormKeys.install(assignmentForm, vm::add, vm::prefill);
    }

    Node root() {
        return root;
    }
}
