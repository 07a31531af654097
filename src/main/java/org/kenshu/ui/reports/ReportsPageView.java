package org.kenshu.ui.reports;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.kenshu.model.I18n;
import org.kenshu.service.GoalEntry;
import org.kenshu.service.ReportKind;
import org.kenshu.service.ReportOverview;
import org.kenshu.service.reports.SignInChoice;
import org.kenshu.ui.common.PageView;
import org.kenshu.ui.common.Tables;
import org.kenshu.ui.common.ViewLoader;

/** 帳票 page: the reports, and for the selected one its options, 「Excel に出力…」 and 「印刷プレビュー…」. */
public final class ReportsPageView implements PageView {
    private final ReportsPageViewModel vm;
    private final Node root;

    @FXML
    private TableView<ReportOverview> reportTable;
    @FXML
    private TableColumn<ReportOverview, String> nameColumn;
    @FXML
    private TableColumn<ReportOverview, String> descriptionColumn;
    @FXML
    private TableColumn<ReportOverview, String> dataColumn;
    @FXML
    private Label selectedTitle;
    @FXML
    private HBox sessionRow;
    @FXML
    private ComboBox<SignInChoice> sessionPicker;
    @FXML
    private HBox transcriptRow;
    @FXML
    private RadioButton departmentMode;
    @FXML
    private TextField staffField;
    @FXML
    private ComboBox<String> departmentPicker;
    @FXML
    private HBox goalRow;
    @FXML
    private ComboBox<GoalEntry> goalPicker;
    @FXML
    private Button exportButton;
    @FXML
    private Button previewButton;
    @FXML
    private Label hintLabel;

    public ReportsPageView(ReportsPageViewModel vm) {
        this.vm = vm;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        Tables.bind(nameColumn, r -> I18n.label(r.kind()));
        Tables.bind(descriptionColumn, r -> I18n.t("report." + r.kind().cliName() + ".description"));
        Tables.bind(dataColumn, ReportOverview::dataSummary);
        reportTable.setItems(vm.overview());
        reportTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selected().set(b);
            }
        });
        vm.selected().addListener((o, a, b) -> showSelected(b));
        ReportOptions options = vm.options();
        sessionPicker.setItems(options.sessions());
        sessionPicker.setCellFactory(l -> new SessionCell());
        sessionPicker.setButtonCell(new SessionCell());
        sessionPicker.valueProperty().bindBidirectional(options.session());
        staffField.textProperty().bindBidirectional(options.staffNo());
        departmentPicker.setItems(options.departments());
        departmentPicker.valueProperty().bindBidirectional(options.department());
        departmentMode.selectedProperty().bindBidirectional(options.byDepartment());
        goalPicker.setItems(options.goals());
        goalPicker.setCellFactory(l -> new GoalCell());
        goalPicker.setButtonCell(new GoalCell());
        goalPicker.valueProperty().bindBidirectional(options.goal());
        staffField.disableProperty().bind(options.byDepartment());
        departmentPicker.disableProperty().bind(options.byDepartment().not());
        exportButton.disableProperty().bind(vm.canExport().not());
        previewButton.disableProperty().bind(vm.canPreview().not());
        exportButton.setOnAction(e -> vm.export());
        previewButton.setOnAction(e -> vm.preview());
        hintLabel.textProperty().bind(vm.hint());
        showSelected(null);
    }

    private void showSelected(ReportOverview selected) {
        ReportKind kind = selected == null ? null : selected.kind();
        if (selected != null && reportTable.getSelectionModel().getSelectedItem() != selected) {
            reportTable.getSelectionModel().select(selected);
        }
        selectedTitle.setText(kind == null ? I18n.t("reports.option.none") : I18n.label(kind));
        show(sessionRow, kind == ReportKind.SIGNIN);
        show(transcriptRow, kind == ReportKind.TRANSCRIPT);
        show(goalRow, kind == ReportKind.MISSING);
        show(previewButton, kind != null && vm.printable(kind));
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
        vm.refresh();
    }

    private static final class GoalCell extends ListCell<GoalEntry> {
        @Override
        protected void updateItem(GoalEntry item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : ReportOptions.label(item));
        }
    }

    private static final class SessionCell extends ListCell<SignInChoice> {
        @Override
        protected void updateItem(SignInChoice item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : ReportOptions.label(item));
        }
    }
}
