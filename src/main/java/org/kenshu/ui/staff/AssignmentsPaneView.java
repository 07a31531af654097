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
    private TableView<StaffDetail.AssignmentLine> historyTable;
    @FXML
    private TableColumn<StaffDetail.AssignmentLine, String> fromColumn;
    @FXML
    private TableColumn<StaffDetail.AssignmentLine, String> changeColumn;
    @FXML
    private TableColumn<StaffDetail.AssignmentLine, String> departmentColumn;
    @FXML
    private TableColumn<StaffDetail.AssignmentLine, String> tierColumn;
    @FXML
    private TableColumn<StaffDetail.AssignmentLine, String> jobColumn;
    @FXML
    private VBox assignmentForm;
    @FXML
    private DatePicker fromPicker;
    @FXML
    private ComboBox<Department> departmentBox;
    @FXML
    private ComboBox<Tier> tierBox;
    @FXML
    private ComboBox<JobCategory> jobBox;
    @FXML
    private TextField gradeField;
    @FXML
    private TextField titleField;
    @FXML
    private Label errorLabel;
    @FXML
    private Button addButton;
    @FXML
    private Button resetButton;
    @FXML
    private Button deleteButton;

    AssignmentsPaneView(StaffDetailViewModel detail, AppState state) {
        this.detail = detail;
        this.vm = detail.assignment();
        this.state = state;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        Tables.bind(fromColumn, l -> state.shortDate(l.assignment().validFrom()));
        Tables.bind(changeColumn, l -> I18n.t("assignment.change." + l.change().name()));
        Tables.bind(departmentColumn, StaffDetail.AssignmentLine::department);
        Tables.bind(tierColumn, StaffDetail.AssignmentLine::tier);
        Tables.bind(jobColumn, StaffDetail.AssignmentLine::jobCategory);
        Tables.emptyText(historyTable, I18n.t("assignment.empty.history"));
        detail.detailProperty().addListener((obs, old, d) -> historyTable.getItems().setAll(
                d == null ? java.util.List.of() : d.assignments().reversed()));
        DatePickers.japanese(fromPicker, state);
        fromPicker.valueProperty().bindBidirectional(vm.validFromProperty());
        departmentBox.setItems(detail.departments());
        Cells.label(departmentBox, detail::departmentLabel);
        departmentBox.valueProperty().bindBidirectional(vm.departmentProperty());
        tierBox.setItems(detail.tiers());
        Cells.label(tierBox, Tier::name);
        tierBox.valueProperty().bindBidirectional(vm.tierProperty());
        jobBox.setItems(detail.jobs());
        Cells.label(jobBox, JobCategory::name);
        jobBox.valueProperty().bindBidirectional(vm.jobProperty());
        gradeField.textProperty().bindBidirectional(vm.salaryGradeProperty());
        titleField.textProperty().bindBidirectional(vm.positionTitleProperty());
        errorLabel.textProperty().bind(vm.errorProperty());
        addButton.setOnAction(e -> vm.add());
        resetButton.setOnAction(e -> vm.prefill());
        deleteButton.disableProperty().bind(historyTable.getSelectionModel().selectedItemProperty().isNull());
        deleteButton.setOnAction(e -> vm.delete(historyTable.getSelectionModel().getSelectedItem()));
        FormKeys.install(assignmentForm, vm::add, vm::prefill);
    }

    Node root() {
        return root;
    }
}
