package org.kenshu.ui.attendance;

import java.time.format.DateTimeFormatter;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.kenshu.model.I18n;
import org.kenshu.model.ImportBatch;
import org.kenshu.model.ImportKind;
import org.kenshu.model.Wareki;
import org.kenshu.service.SessionAttendance;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.PageView;
import org.kenshu.ui.common.Tables;
import org.kenshu.ui.common.ViewLoader;
import org.kenshu.ui.imports.ImportWizardLauncher;

/** 受講実績 page. */
public final class AttendancePageView implements PageView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final AttendancePageViewModel vm;
    private final AppState state;
    private final ImportWizardLauncher imports;
    private final Node root;

    @FXML
    private Button importAttendanceButton;
    @FXML
    private Button undoImportButton;
    @FXML
    private Label summaryLabel;
    @FXML
    private TableView<SessionAttendance> sessionTable;
    @FXML
    private TableColumn<SessionAttendance, String> dateColumn;
    @FXML
    private TableColumn<SessionAttendance, String> courseColumn;
    @FXML
    private TableColumn<SessionAttendance, String> sessionColumn;
    @FXML
    private TableColumn<SessionAttendance, Integer> enrolledColumn;
    @FXML
    private TableColumn<SessionAttendance, Integer> completedColumn;
    @FXML
    private TableColumn<SessionAttendance, Integer> absentColumn;
    @FXML
    private TableColumn<SessionAttendance, Integer> walkInColumn;
    @FXML
    private TableColumn<SessionAttendance, String> rateColumn;
    @FXML
    private TableColumn<SessionAttendance, String> heldColumn;
    @FXML
    private TableView<ImportBatch> importTable;
    @FXML
    private TableColumn<ImportBatch, Long> batchColumn;
    @FXML
    private TableColumn<ImportBatch, String> importedAtColumn;
    @FXML
    private TableColumn<ImportBatch, String> kindColumn;
    @FXML
    private TableColumn<ImportBatch, String> fileColumn;
    @FXML
    private TableColumn<ImportBatch, String> countsColumn;
    @FXML
    private TableColumn<ImportBatch, String> importStatusColumn;

    public AttendancePageView(AttendancePageViewModel vm, AppState state, ImportWizardLauncher imports) {
        this.vm = vm;
        this.state = state;
        this.imports = imports;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        summaryLabel.textProperty().bind(vm.summaryProperty());
        Tables.bind(dateColumn, s -> s.session().firstDay() == null ? "" : Wareki.monthDayWithWeekday(s.session().firstDay()));
        Tables.bind(courseColumn, s -> s.session().course());
        Tables.bind(sessionColumn, s -> I18n.t("session.number", s.session().sessionNo()));
        Tables.bind(enrolledColumn, s -> s.session().enrolled());
        Tables.bind(completedColumn, SessionAttendance::completed);
        Tables.bind(absentColumn, SessionAttendance::absent);
        Tables.bind(walkInColumn, SessionAttendance::walkIns);
        Tables.bind(rateColumn, AttendancePageViewModel::rate);
        Tables.bind(heldColumn, s -> I18n.t(s.held() ? "attendance.held" : "attendance.upcoming"));
        sessionTable.setItems(vm.sessions());
        vm.emptyTextProperty().addListener((obs, old, text) -> Tables.emptyText(sessionTable, text));
        Tables.bind(batchColumn, ImportBatch::id);
        Tables.bind(importedAtColumn, b -> state.shortDate(b.importedAt().toLocalDate()) + " "
                + b.importedAt().format(TIME));
        Tables.bind(kindColumn, b -> I18n.label(b.kind()));
        Tables.bind(fileColumn, ImportBatch::fileName);
        Tables.bind(countsColumn, b -> I18n.t("imports.counts", b.created(), b.updated(), b.unchanged()));
        Tables.bind(importStatusColumn, b -> I18n.t(b.undone() ? "imports.undone" : "imports.committed"));
        importTable.setItems(vm.imports());
        Tables.emptyText(importTable, I18n.t("imports.empty"));
        importAttendanceButton.setOnAction(e -> imports.open(ImportKind.ATTENDANCE));
        var selected = importTable.getSelectionModel().selectedItemProperty();
        undoImportButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> selected.get() == null || selected.get().undone(), selected));
        undoImportButton.setOnAction(e -> vm.undo(selected.get()));
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
