package org.kenshu.ui.staff;

import java.util.stream.IntStream;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kenshu.model.DesignationRole;
import org.kenshu.model.I18n;
import org.kenshu.service.StaffDetail;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.Cells;
import org.kenshu.ui.common.FormKeys;
import org.kenshu.ui.common.Tables;
import org.kenshu.ui.common.ViewLoader;

/** 役割・認定: roles held per fiscal year, with a cohort (1期生) where the role has one. */
public final class DesignationsPaneView {
    private final StaffDetailViewModel detail;
    private final DesignationFormViewModel vm;
    private final AppState state;
    private final Node root;

    @FXML
    private TableView<StaffDetail.DesignationLine> designationTable;
    @FXML
    private TableColumn<StaffDetail.DesignationLine, String> designationYearColumn;
    @FXML
    private TableColumn<StaffDetail.DesignationLine, String> designationRoleColumn;
    @FXML
    private TableColumn<StaffDetail.DesignationLine, String> designationCohortColumn;
    @FXML
    private VBox designationForm;
    @FXML
    private ComboBox<DesignationRole> designationRoleBox;
    @FXML
    private ComboBox<Integer> designationYearBox;
    @FXML
    private TextField designationCohortField;
    @FXML
    private Label designationErrorLabel;
    @FXML
    private Button designationAddButton;
    @FXML
    private Button designationDeleteButton;

    DesignationsPaneView(StaffDetailViewModel detail, AppState state) {
        this.detail = detail;
        this.vm = detail.designation();
        this.state = state;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        Tables.bind(designationYearColumn, l -> state.fiscalYearLabel(l.designation().fiscalYear()));
        Tables.bind(designationRoleColumn, StaffDetail.DesignationLine::role);
        Tables.bind(designationCohortColumn, l -> l.designation().cohort());
        Tables.emptyText(designationTable, I18n.t("designation.none"));
        detail.detailProperty().addListener((obs, old, d) -> designationTable.getItems().setAll(
                d == null ? java.util.List.of() : d.designations()));
        designationRoleBox.setItems(detail.choices().roles());
        Cells.label(designationRoleBox, DesignationRole::name);
        designationRoleBox.valueProperty().bindBidirectional(vm.roleProperty());
        state.fiscalYearProperty().addListener((obs, old, y) -> years());
        years();
        Cells.label(designationYearBox, state::fiscalYearLabel);
        designationYearBox.valueProperty().bindBidirectional(vm.fiscalYearProperty());
        designationCohortField.textProperty().bindBidirectional(vm.cohortProperty());
        designationErrorLabel.textProperty().bind(vm.errorProperty());
        designationAddButton.setOnAction(e -> vm.add());
        designationDeleteButton.disableProperty().bind(designationTable.getSelectionModel().selectedItemProperty().isNull());
        designationDeleteButton.setOnAction(e -> vm.delete(designationTable.getSelectionModel().getSelectedItem()));
        FormKeys.install(designationForm, vm::add, vm::clear);
    }

    /** Five years back and one ahead of the selected fiscal year, newest first. */
    private void years() {
        int year = state.fiscalYear();
        designationYearBox.getItems().setAll(IntStream.rangeClosed(year - 5, year + 1).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
    }

    Node root() {
        return root;
    }
}
