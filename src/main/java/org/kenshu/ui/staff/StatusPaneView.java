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
import org.kenshu.model.AbsenceKind;
import org.kenshu.model.I18n;
import org.kenshu.model.StaffAbsence;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.Cells;
import org.kenshu.ui.common.DatePickers;
import org.kenshu.ui.common.FormKeys;
import org.kenshu.ui.common.Tables;
import org.kenshu.ui.common.ViewLoader;

/** 休職・退職: periods away (choose one to enter its end date) and the leaving date. */
public final class StatusPaneView {
    private final StaffDetailViewModel detail;
    private final AbsenceFormViewModel absence;
    private final LeavingFormViewModel leaving;
    private final AppState state;
    private final Node root;

    @FXML
    private TableView<StaffAbsence> absenceTable;
    @FXML
    private TableColumn<StaffAbsence, String> kindColumn;
    @FXML
    private TableColumn<StaffAbsence, String> startColumn;
    @FXML
    private TableColumn<StaffAbsence, String> endColumn;
    @FXML
    private TableColumn<StaffAbsence, String> noteColumn;
    @FXML
    private VBox absenceForm;
    @FXML
    private ComboBox<AbsenceKind> kindBox;
    @FXML
    private DatePicker startPicker;
    @FXML
    private DatePicker endPicker;
    @FXML
    private TextField absenceNoteField;
    @FXML
    private Label absenceError;
    @FXML
    private Button saveAbsenceButton;
    @FXML
    private Button newAbsenceButton;
    @FXML
    private Button deleteAbsenceButton;
    @FXML
    private VBox leavingForm;
    @FXML
    private DatePicker leftPicker;
    @FXML
    private TextField reasonField;
    @FXML
    private Label leavingError;
    @FXML
    private Button saveLeavingButton;

    StatusPaneView(StaffDetailViewModel detail, AppState state) {
        this.detail = detail;
        this.absence = detail.absence();
        this.leaving = detail.leaving();
        this.state = state;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        Tables.bind(kindColumn, a -> I18n.label(a.kind()));
        Tables.bind(startColumn, a -> state.shortDate(a.startOn()));
        Tables.bind(endColumn, a -> a.endOn() == null ? I18n.t("absence.ongoing") : state.shortDate(a.endOn()));
        Tables.bind(noteColumn, StaffAbsence::note);
        Tables.emptyText(absenceTable, I18n.t("absence.none"));
        detail.detailProperty().addListener((obs, old, d) -> absenceTable.getItems().setAll(
                d == null ? java.util.List.of() : d.absences()));
        absenceTable.getSelectionModel().selectedItemProperty().addListener((obs, old, a) -> {
            if (a != null) {
                absence.edit(a);
            }
        });
        kindBox.getItems().setAll(AbsenceKind.values());
        Cells.label(kindBox, I18n::label);
        kindBox.valueProperty().bindBidirectional(absence.kindProperty());
        DatePickers.japanese(startPicker, state);
        DatePickers.japanese(endPicker, state);
        startPicker.valueProperty().bindBidirectional(absence.startOnProperty());
        endPicker.valueProperty().bindBidirectional(absence.endOnProperty());
        absenceNoteField.textProperty().bindBidirectional(absence.noteProperty());
        absenceError.textProperty().bind(absence.errorProperty());
        saveAbsenceButton.textProperty().bind(javafx.beans.binding.Bindings.when(absence.editingProperty().isNull())
                .then(I18n.t("absence.add")).otherwise(I18n.t("absence.save")));
        saveAbsenceButton.setOnAction(e -> absence.save());
        newAbsenceButton.setOnAction(e -> {
            absenceTable.getSelectionModel().clearSelection();
            absence.clear();
        });
        deleteAbsenceButton.disableProperty().bind(absence.editingProperty().isNull());
        deleteAbsenceButton.setOnAction(e -> absence.delete(absence.editingProperty().get()));
        FormKeys.install(absenceForm, absence::save, absence::clear);
        DatePickers.japanese(leftPicker, state);
        leftPicker.valueProperty().bindBidirectional(leaving.leftOnProperty());
        reasonField.textProperty().bindBidirectional(leaving.reasonProperty());
        leavingError.textProperty().bind(leaving.errorProperty());
        saveLeavingButton.setOnAction(e -> leaving.save());
        FormKeys.install(leavingForm, leaving::save, leaving::prefill);
    }

    /** Ctrl+S: the leaving form when the cursor is in it, the leave form otherwise. */
    void save() {
        Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n == leavingForm) {
                leaving.save();
                return;
            }
        }
        absence.save();
    }

    Node root() {
        return root;
    }
}
