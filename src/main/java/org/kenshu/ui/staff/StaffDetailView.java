package org.kenshu.ui.staff;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kenshu.model.EmploymentType;
import org.kenshu.model.I18n;
import org.kenshu.service.StaffDetail;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.Cells;
import org.kenshu.ui.common.DatePickers;
import org.kenshu.ui.common.FormKeys;
import org.kenshu.ui.common.Tables;
import org.kenshu.ui.common.ViewLoader;

/** The selected staff member: the record's form and tabs for history, leave, roles, training and nominations. */
public final class StaffDetailView {
    private final StaffDetailViewModel vm;
    private final AppState state;
    private final AssignmentsPaneView assignments;
    private final StatusPaneView status;
    private final DesignationsPaneView designations;
    private final Node root;

    @FXML
    private Label noSelection;
    @FXML
    private VBox detailBox;
    @FXML
    private Label titleLabel;
    @FXML
    private Label summaryLabel;
    @FXML
    private TabPane detailTabs;
    @FXML
    private Tab basicTab;
    @FXML
    private Tab assignmentsTab;
    @FXML
    private Tab statusTab;
    @FXML
    private Tab designationsTab;
    @FXML
    private VBox basicForm;
    @FXML
    private TextField employeeNoField;
    @FXML
    private TextField nameField;
    @FXML
    private TextField kanaField;
    @FXML
    private ComboBox<EmploymentType> employmentBox;
    @FXML
    private DatePicker hiredPicker;
    @FXML
    private TextField noteField;
    @FXML
    private Label basicError;
    @FXML
    private Button saveBasicButton;
    @FXML
    private Button cancelBasicButton;
    @FXML
    private StackPane assignmentsHost;
    @FXML
    private StackPane statusHost;
    @FXML
    private StackPane designationsHost;
    @FXML
    private TableView<StaffDetail.TrainingLine> trainingTable;
    @FXML
    private TableColumn<StaffDetail.TrainingLine, String> trainingYearColumn;
    @FXML
    private TableColumn<StaffDetail.TrainingLine, String> trainingCourseColumn;
    @FXML
    private TableColumn<StaffDetail.TrainingLine, String> trainingDaysColumn;
    @FXML
    private TableColumn<StaffDetail.TrainingLine, String> trainingMarksColumn;
    @FXML
    private TableColumn<StaffDetail.TrainingLine, String> trainingCompletedColumn;
    @FXML
    private TableView<StaffDetail.NominationLine> nominationTable;
    @FXML
    private TableColumn<StaffDetail.NominationLine, String> nominationYearColumn;
    @FXML
    private TableColumn<StaffDetail.NominationLine, String> nominationCourseColumn;
    @FXML
    private TableColumn<StaffDetail.NominationLine, String> nominationSessionColumn;
    @FXML
    private TableColumn<StaffDetail.NominationLine, String> nominationKindColumn;
    @FXML
    private TableColumn<StaffDetail.NominationLine, String> nominationStatusColumn;

    public StaffDetailView(StaffDetailViewModel vm, AppState state) {
        this.vm = vm;
        this.state = state;
        this.assignments = new AssignmentsPaneView(vm, state);
        this.status = new StatusPaneView(vm, state);
        this.designations = new DesignationsPaneView(vm, state);
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        assignmentsHost.getChildren().setAll(assignments.root());
        statusHost.getChildren().setAll(status.root());
        designationsHost.getChildren().setAll(designations.root());
        var shown = vm.detailProperty().isNotNull().or(vm.creatingProperty());
        detailBox.visibleProperty().bind(shown);
        noSelection.visibleProperty().bind(shown.not());
        for (Tab tab : new Tab[] {assignmentsTab, statusTab, designationsTab}) {
            tab.disableProperty().bind(vm.detailProperty().isNull());
        }
        basicForm();
        tables();
        vm.detailProperty().addListener((obs, old, d) -> show(d));
        vm.creatingProperty().addListener((obs, old, creating) -> {
            if (creating) {
                titleLabel.setText(I18n.t("staff.detail.newTitle"));
                summaryLabel.setText(I18n.t("staff.detail.newHint"));
            }
        });
    }

    private void basicForm() {
        employeeNoField.textProperty().bindBidirectional(vm.employeeNoProperty());
        nameField.textProperty().bindBidirectional(vm.nameProperty());
        kanaField.textProperty().bindBidirectional(vm.kanaProperty());
        employmentBox.getItems().setAll(EmploymentType.values());
        Cells.label(employmentBox, I18n::label);
        employmentBox.valueProperty().bindBidirectional(vm.employmentTypeProperty());
        DatePickers.japanese(hiredPicker, state);
        hiredPicker.valueProperty().bindBidirectional(vm.hiredOnProperty());
        noteField.textProperty().bindBidirectional(vm.noteProperty());
        basicError.textProperty().bind(vm.errorProperty());
        saveBasicButton.setOnAction(e -> vm.save());
        cancelBasicButton.setOnAction(e -> vm.cancel());
        FormKeys.install(basicForm, vm::save, vm::cancel);
    }

    private void tables() {
        Tables.bind(trainingYearColumn, l -> shortYear(l.fiscalYear()));
        Tables.bind(trainingCourseColumn, StaffDetail.TrainingLine::course);
        Tables.bind(trainingDaysColumn, l -> String.join("・", l.days().stream()
                .map(d -> d.getMonthValue() + "/" + d.getDayOfMonth()).toList()));
        Tables.bind(trainingMarksColumn, l -> String.join("・", l.marks().stream().map(I18n::label).toList()));
        Tables.bind(trainingCompletedColumn, l -> l.completed() ? I18n.t("staff.detail.done") : "");
        Tables.emptyText(trainingTable, I18n.t("staff.detail.noTraining"));
        Tables.bind(nominationYearColumn, l -> shortYear(l.enrollment().fiscalYear()));
        Tables.bind(nominationCourseColumn, StaffDetail.NominationLine::course);
        Tables.bind(nominationSessionColumn, l -> l.sessionNo() == null ? I18n.t("staff.detail.noSession")
                : I18n.t("session.number", l.sessionNo()) + (l.firstDay() == null ? ""
                        : " " + state.shortDate(l.firstDay())));
        Tables.bind(nominationKindColumn, l -> I18n.label(l.enrollment().kind()));
        Tables.bind(nominationStatusColumn, l -> I18n.label(l.enrollment().status()));
        Tables.emptyText(nominationTable, I18n.t("staff.detail.noNominations"));
    }

    /** 「R8年度」 (「2026年度」 when the organisation writes western years): narrow tables. */
    private String shortYear(int year) {
        String date = state.shortDate(java.time.LocalDate.of(year, 4, 1));
        return date.substring(0, date.indexOf(date.contains(".") ? '.' : '/')) + "年度";
    }

    private void show(StaffDetail d) {
        if (d == null) {
            trainingTable.getItems().clear();
            nominationTable.getItems().clear();
            return;
        }
        titleLabel.setText(I18n.t("staff.detail.title", d.staff().name(), d.staff().employeeNo()));
        var last = d.assignments().isEmpty() ? null : d.assignments().getLast();
        summaryLabel.setText(last == null ? I18n.t("staff.detail.noAssignment")
                : I18n.t("staff.detail.summary", last.department(), last.tier(), last.jobCategory(),
                        d.staff().leftOn() == null ? "" : I18n.t("staff.detail.leftOn", state.shortDate(d.staff().leftOn()))));
        trainingTable.getItems().setAll(d.training());
        nominationTable.getItems().setAll(d.nominations());
    }

    /** 「職員を追加」: the record's form, empty. */
    void newStaff() {
        vm.newStaff();
        detailTabs.getSelectionModel().select(basicTab);
        employeeNoField.requestFocus();
    }

    /** Ctrl+S: the form of the tab shown. */
    void save() {
        Tab tab = detailTabs.getSelectionModel().getSelectedItem();
        if (tab == assignmentsTab) {
            vm.assignment().add();
        } else if (tab == statusTab) {
            status.save();
        } else if (tab == designationsTab) {
            vm.designation().add();
        } else {
            vm.save();
        }
    }

    Node root() {
        return root;
    }
}
