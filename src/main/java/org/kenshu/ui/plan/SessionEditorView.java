package org.kenshu.ui.plan;

import java.time.LocalDate;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.kenshu.model.FiscalYear;
import org.kenshu.model.I18n;
import org.kenshu.service.CourseEntry;
import org.kenshu.service.imports.DateValues;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.ViewLoader;

/** The session panel: binds {@link SessionForm} and delegates to {@link SessionEditorViewModel}. */
public final class SessionEditorView {
    private final SessionEditorViewModel vm;
    private final AppState state;
    private final Node root;

    @FXML
    private Label sessionTitleLabel;
    @FXML
    private Label infoLabel;
    @FXML
    private Button sessionCloseButton;
    @FXML
    private ComboBox<CourseEntry> courseBox;
    @FXML
    private ListView<LocalDate> dayList;
    @FXML
    private DatePicker dayPicker;
    @FXML
    private Button addDayButton;
    @FXML
    private Button removeDayButton;
    @FXML
    private TextField venueField;
    @FXML
    private CheckBox internalBox;
    @FXML
    private TextField instructorField;
    @FXML
    private TextField capacityField;
    @FXML
    private DatePicker deadlinePicker;
    @FXML
    private DatePicker periodEndPicker;
    @FXML
    private TextArea noteArea;
    @FXML
    private Button sessionSaveButton;
    @FXML
    private Button splitButton;
    @FXML
    private Button sessionCancelButton;
    @FXML
    private Button replanButton;

    public SessionEditorView(SessionEditorViewModel vm, AppState state) {
        this.vm = vm;
        this.state = state;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        SessionForm f = vm.form();
        sessionTitleLabel.textProperty().bind(vm.titleProperty());
        infoLabel.textProperty().bind(vm.infoProperty());
        sessionCloseButton.setOnAction(e -> vm.close());
        courseBox.setItems(f.courses);
        courseBox.setCellFactory(l -> new CourseCell());
        courseBox.setButtonCell(new CourseCell());
        courseBox.valueProperty().bindBidirectional(f.course);
        courseBox.disableProperty().bind(vm.isNewProperty().not());
        dayList.setItems(f.days);
        dayList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        dayList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(LocalDate d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : vm.dayLabel(d));
                getStyleClass().remove("day-warning");
                if (!empty && d != null && vm.isOffDay(d)) {
                    getStyleClass().add("day-warning");
                }
            }
        });
        for (DatePicker p : List.of(dayPicker, deadlinePicker, periodEndPicker)) {
            p.setConverter(new WarekiConverter());
        }
        dayPicker.valueProperty().bindBidirectional(f.dayToAdd);
        dayPicker.setOnAction(e -> f.addDay());
        addDayButton.setOnAction(e -> f.addDay());
        removeDayButton.setOnAction(e -> f.days.removeAll(List.copyOf(dayList.getSelectionModel().getSelectedItems())));
        venueField.textProperty().bindBidirectional(f.venue);
        internalBox.selectedProperty().bindBidirectional(f.internalInstructor);
        instructorField.textProperty().bindBidirectional(f.instructor);
        instructorField.promptTextProperty().bind(javafx.beans.binding.Bindings.when(f.internalInstructor)
                .then(I18n.t("session.instructorStaffPrompt")).otherwise(I18n.t("session.instructorOutsidePrompt")));
        capacityField.textProperty().bindBidirectional(f.capacity);
        deadlinePicker.valueProperty().bindBidirectional(f.deadline);
        periodEndPicker.valueProperty().bindBidirectional(f.periodEnd);
        noteArea.textProperty().bindBidirectional(f.note);
        sessionSaveButton.setOnAction(e -> vm.save());
        splitButton.setOnAction(e -> vm.split(List.copyOf(dayList.getSelectionModel().getSelectedItems())));
        splitButton.visibleProperty().bind(vm.isNewProperty().not().and(vm.cancelledProperty().not()));
        splitButton.managedProperty().bind(splitButton.visibleProperty());
        dayList.setPlaceholder(new Label(I18n.t("session.noDays")));
        capacityField.setPromptText(I18n.t("session.capacityPrompt"));
        sessionCancelButton.setOnAction(e -> vm.cancelSession());
        sessionCancelButton.visibleProperty().bind(vm.isNewProperty().not().and(vm.cancelledProperty().not()));
        sessionCancelButton.managedProperty().bind(sessionCancelButton.visibleProperty());
        replanButton.setOnAction(e -> vm.replan());
        replanButton.visibleProperty().bind(vm.cancelledProperty());
        replanButton.managedProperty().bind(replanButton.visibleProperty());
    }

    public Node root() {
        return root;
    }

    /** Dates as the organisation writes them (R8.6.9); typed dates may be 6/9, R8.6.9 or 2026/6/9. */
    private final class WarekiConverter extends StringConverter<LocalDate> {
        @Override
        public String toString(LocalDate d) {
            return d == null ? "" : state.shortDate(d);
        }

        @Override
        public LocalDate fromString(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            return DateValues.parse(text, FiscalYear.of(state.fiscalYear())).orElse(null);
        }
    }

    private static final class CourseCell extends ListCell<CourseEntry> {
        @Override
        protected void updateItem(CourseEntry c, boolean empty) {
            super.updateItem(c, empty);
            setText(empty || c == null ? null : c.course().name() + "（" + c.typeName() + "）");
        }
    }
}
