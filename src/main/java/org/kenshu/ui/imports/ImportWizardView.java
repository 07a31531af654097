package org.kenshu.ui.imports;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kenshu.model.I18n;
import org.kenshu.model.ImportKind;
import org.kenshu.service.imports.DateValues;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.ViewLoader;

/** The import wizard window's content: binds the steps to the view model and delegates the buttons. */
public final class ImportWizardView {
    private final ImportWizardViewModel vm;
    private final AppState state;
    private final Runnable close;
    private final Parent root;
    private ImportPreviewView preview;

    @FXML
    private Label stepLabel;
    @FXML
    private Label messageLabel;
    @FXML
    private StackPane steps;
    @FXML
    private GridPane optionsPane;
    @FXML
    private ComboBox<ImportKind> kindBox;
    @FXML
    private Label kindHint;
    @FXML
    private ListView<Path> fileList;
    @FXML
    private Button addFilesButton;
    @FXML
    private Button removeFileButton;
    @FXML
    private Label effectiveLabel;
    @FXML
    private VBox effectiveRow;
    @FXML
    private DatePicker effectivePicker;
    @FXML
    private CheckBox createMissingBox;
    @FXML
    private CheckBox markMissingBox;
    @FXML
    private Label fiscalYearLabel;
    @FXML
    private ComboBox<Integer> fiscalYearBox;
    @FXML
    private Label triangleLabel;
    @FXML
    private VBox attendanceRow;
    @FXML
    private ComboBox<TriangleChoice> triangleBox;
    @FXML
    private CheckBox createSessionsBox;
    @FXML
    private CheckBox skipInvalidBox;
    @FXML
    private VBox runningPane;
    @FXML
    private Label progressLabel;
    @FXML
    private ProgressBar runProgress;
    @FXML
    private Button cancelButton;
    @FXML
    private VBox donePane;
    @FXML
    private Label doneLabel;
    @FXML
    private Button backButton;
    @FXML
    private Button previewButton;
    @FXML
    private Button commitButton;
    @FXML
    private Button closeButton;

    public ImportWizardView(ImportWizardViewModel vm, AppState state, Runnable close) {
        this.vm = vm;
        this.state = state;
        this.close = close;
        this.root = ViewLoader.load(this);
        FileDrop.install(root, vm::addFiles);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        preview = new ImportPreviewView(vm.previewModel());
        steps.getChildren().add(1, preview.root());
        var step = vm.stepProperty();
        showOn(optionsPane, step.isEqualTo(WizardStep.OPTIONS));
        showOn(preview.root(), step.isEqualTo(WizardStep.PREVIEW));
        showOn(runningPane, step.isEqualTo(WizardStep.RUNNING));
        showOn(donePane, step.isEqualTo(WizardStep.DONE));
        stepLabel.textProperty().bind(Bindings.createStringBinding(() -> I18n.t(step.get() == WizardStep.RUNNING
                && !vm.committingProperty().get() ? "imports.wizard.step.checking"
                : "imports.wizard.step." + step.get().name().toLowerCase(java.util.Locale.ROOT), kindName()),
                step, vm.options().kindProperty(), vm.committingProperty()));
        messageLabel.textProperty().bind(vm.messageProperty());
        // on the last step the message is the result itself, shown large in the middle
        messageLabel.visibleProperty().bind(vm.messageProperty().isNotEmpty().and(step.isNotEqualTo(WizardStep.DONE)));
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());
        options();
        running();
        buttons();
    }

    private String kindName() {
        ImportKind k = vm.options().kindProperty().get();
        return k == null ? "" : I18n.label(k);
    }

    private static void showOn(Node node, BooleanBinding when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }

    private void options() {
        var o = vm.options();
        kindBox.getItems().setAll(ImportKind.values());
        kindBox.setCellFactory(l -> new KindCell());
        kindBox.setButtonCell(new KindCell());
        kindBox.valueProperty().bindBidirectional(o.kindProperty());
        kindHint.textProperty().bind(Bindings.createStringBinding(() -> o.kindProperty().get() == null
                ? I18n.t("imports.wizard.kindHint") : I18n.t("imports.kindHelp." + o.kindProperty().get().cliName()),
                o.kindProperty()));
        fileList.setItems(o.files());
        fileList.setCellFactory(l -> new FileCell());
        Label empty = new Label(I18n.t("imports.wizard.dropHere"));
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        fileList.setPlaceholder(empty);
        addFilesButton.setOnAction(e -> vm.chooseFiles());
        removeFileButton.setOnAction(e -> {
            Path selected = fileList.getSelectionModel().getSelectedItem();
            if (selected != null) {
                vm.removeFile(selected);
            }
        });
        removeFileButton.disableProperty().bind(fileList.getSelectionModel().selectedItemProperty().isNull());
        BooleanBinding staff = o.kindProperty().isEqualTo(ImportKind.STAFF);
        BooleanBinding attendance = o.kindProperty().isEqualTo(ImportKind.ATTENDANCE);
        BooleanBinding yearly = o.kindProperty().isNotNull().and(staff.not());
        showOn(effectiveLabel, staff);
        showOn(effectiveRow, staff);
        showOn(fiscalYearLabel, yearly);
        showOn(fiscalYearBox, yearly);
        showOn(triangleLabel, attendance);
        showOn(attendanceRow, attendance);
        effectivePicker.setConverter(new DateText());
        effectivePicker.valueProperty().bindBidirectional(o.effectiveDateProperty());
        createMissingBox.selectedProperty().bindBidirectional(o.createMissingProperty());
        markMissingBox.selectedProperty().bindBidirectional(o.markMissingAsLeftProperty());
        int year = o.fiscalYearProperty().get();
        for (int y = year - 3; y <= year + 1; y++) {
            fiscalYearBox.getItems().add(y);
        }
        fiscalYearBox.setCellFactory(l -> new YearCell());
        fiscalYearBox.setButtonCell(new YearCell());
        fiscalYearBox.valueProperty().bindBidirectional(o.fiscalYearProperty());
        triangleBox.getItems().setAll(TriangleChoice.all());
        triangleBox.setCellFactory(l -> new TriangleCell());
        triangleBox.setButtonCell(new TriangleCell());
        triangleBox.valueProperty().bindBidirectional(o.triangleProperty());
        createSessionsBox.selectedProperty().bindBidirectional(o.createMissingSessionsProperty());
        skipInvalidBox.selectedProperty().bindBidirectional(o.skipInvalidProperty());
    }

    private void running() {
        progressLabel.textProperty().bind(vm.progressTextProperty());
        runProgress.progressProperty().bind(vm.progressProperty());
        cancelButton.setOnAction(e -> vm.cancel());
        doneLabel.textProperty().bind(vm.messageProperty());
    }

    private void buttons() {
        var step = vm.stepProperty();
        backButton.setOnAction(e -> vm.back());
        showOn(backButton, step.isEqualTo(WizardStep.PREVIEW));
        previewButton.setOnAction(e -> vm.preview());
        previewButton.textProperty().bind(Bindings.when(step.isEqualTo(WizardStep.PREVIEW))
                .then(I18n.t("imports.wizard.previewAgain")).otherwise(I18n.t("imports.wizard.preview")));
        showOn(previewButton, step.isEqualTo(WizardStep.OPTIONS).or(step.isEqualTo(WizardStep.PREVIEW)));
        previewButton.disableProperty().bind(vm.options().readyProperty().not());
        commitButton.setOnAction(e -> vm.commit());
        showOn(commitButton, step.isEqualTo(WizardStep.PREVIEW));
        commitButton.disableProperty().bind(vm.canCommitProperty().not());
        commitButton.defaultButtonProperty().bind(vm.canCommitProperty());
        closeButton.setOnAction(e -> close.run());
        closeButton.disableProperty().bind(step.isEqualTo(WizardStep.RUNNING));
    }

    /** Dates typed or shown as the organisation writes them; typed forms as files write them. */
    private final class DateText extends StringConverter<LocalDate> {
        @Override
        public String toString(LocalDate date) {
            return date == null ? "" : state.longDate(date);
        }

        @Override
        public LocalDate fromString(String text) {
            return DateValues.parse(text, null).orElse(null);
        }
    }

    private static final class KindCell extends ListCell<ImportKind> {
        @Override
        protected void updateItem(ImportKind item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? I18n.t("imports.wizard.chooseKind") : I18n.label(item));
        }
    }

    private final class YearCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : state.fiscalYearLabel(item));
        }
    }

    private static final class TriangleCell extends ListCell<TriangleChoice> {
        @Override
        protected void updateItem(TriangleChoice item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }

    private static final class FileCell extends ListCell<Path> {
        @Override
        protected void updateItem(Path item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.getFileName() + "    " + item.getParent());
        }
    }
}
