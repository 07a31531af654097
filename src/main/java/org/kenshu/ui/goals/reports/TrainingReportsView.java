package org.kenshu.ui.goals.reports;

import java.time.LocalDate;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.kenshu.model.I18n;
import org.kenshu.service.TrainingReportService.ReportEntry;
import org.kenshu.ui.common.DateCell;
import org.kenshu.ui.common.Tables;
import org.kenshu.ui.common.ViewLoader;

/** 復命書: the year's expected reports (overdue ones on request) beside the chosen report's form. */
public final class TrainingReportsView {
    private final TrainingReportsViewModel vm;
    private final Node root;

    @FXML
    private Label reportsSummary;
    @FXML
    private CheckBox overdueOnlyBox;
    @FXML
    private CheckBox externalOnlyBox;
    @FXML
    private TableView<ReportEntry> reportTable;
    @FXML
    private TableColumn<ReportEntry, LocalDate> reportDueColumn;
    @FXML
    private TableColumn<ReportEntry, String> reportStatusColumn;
    @FXML
    private TableColumn<ReportEntry, String> reportNoColumn;
    @FXML
    private TableColumn<ReportEntry, String> reportNameColumn;
    @FXML
    private TableColumn<ReportEntry, String> reportDepartmentColumn;
    @FXML
    private TableColumn<ReportEntry, String> reportCourseColumn;
    @FXML
    private TableColumn<ReportEntry, LocalDate> reportSubmittedColumn;
    @FXML
    private Label reportHeading;
    @FXML
    private DatePicker duePicker;
    @FXML
    private DatePicker submittedPicker;
    @FXML
    private TextArea learnedArea;
    @FXML
    private TextArea applicationArea;
    @FXML
    private TextArea sharingArea;
    @FXML
    private Button saveReportButton;

    public TrainingReportsView(TrainingReportsViewModel vm) {
        this.vm = vm;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        reportsSummary.textProperty().bind(vm.summaryProperty());
        overdueOnlyBox.selectedProperty().bindBidirectional(vm.overdueOnlyProperty());
        externalOnlyBox.selectedProperty().bindBidirectional(vm.externalOnlyProperty());
        Tables.bind(reportDueColumn, e -> e.report().dueOn());
        reportDueColumn.setCellFactory(c -> new DateCell<>(vm.state()));
        Tables.bind(reportStatusColumn, TrainingReportsViewModel::status);
        reportStatusColumn.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                ReportEntry e = empty || getTableRow() == null ? null : getTableRow().getItem();
                getStyleClass().remove("overdue");
                if (e != null && e.overdue()) {
                    getStyleClass().add("overdue");
                }
            }
        });
        Tables.bind(reportNoColumn, ReportEntry::employeeNo);
        Tables.bind(reportNameColumn, ReportEntry::name);
        Tables.bind(reportDepartmentColumn, ReportEntry::department);
        Tables.bind(reportCourseColumn, e -> I18n.t("trainingReports.course", e.course(), e.sessionNo()));
        Tables.bind(reportSubmittedColumn, e -> e.report().submittedOn());
        reportSubmittedColumn.setCellFactory(c -> new DateCell<>(vm.state()));
        reportTable.setItems(vm.shown());
        Tables.emptyText(reportTable, I18n.t("trainingReports.empty"));
        reportTable.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> vm.selectedProperty().set(e));
        reportHeading.textProperty().bind(vm.headingProperty());
        duePicker.valueProperty().bindBidirectional(vm.dueOnProperty());
        submittedPicker.valueProperty().bindBidirectional(vm.submittedOnProperty());
        learnedArea.textProperty().bindBidirectional(vm.learnedProperty());
        applicationArea.textProperty().bindBidirectional(vm.applicationProperty());
        sharingArea.textProperty().bindBidirectional(vm.sharingProperty());
        saveReportButton.disableProperty().bind(vm.selectedProperty().isNull());
        saveReportButton.setOnAction(e -> vm.save());
    }

    public Node root() {
        return root;
    }
}
