package org.kenshu.ui.competency;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kenshu.model.I18n;
import org.kenshu.model.JobCategory;
import org.kenshu.model.SkillItem;
import org.kenshu.ui.common.Cells;
import org.kenshu.ui.common.FormKeys;
import org.kenshu.ui.common.Tables;
import org.kenshu.ui.common.ViewLoader;

/** スキルマップ tab: items per job category and position, and the form for one item. */
public final class SkillMapView {
    private final SkillMapViewModel vm;
    private final Node root;

    @FXML
    private ComboBox<JobCategory> jobFilterBox;
    @FXML
    private TableView<SkillItem> itemTable;
    @FXML
    private TableColumn<SkillItem, String> jobColumn;
    @FXML
    private TableColumn<SkillItem, String> positionColumn;
    @FXML
    private TableColumn<SkillItem, String> codeColumn;
    @FXML
    private TableColumn<SkillItem, String> nameColumn;
    @FXML
    private TableColumn<SkillItem, String> descriptionColumn;
    @FXML
    private Button addButton;
    @FXML
    private Button deleteButton;
    @FXML
    private Label formTitle;
    @FXML
    private VBox itemForm;
    @FXML
    private ComboBox<JobCategory> jobBox;
    @FXML
    private ComboBox<String> positionBox;
    @FXML
    private TextField codeField;
    @FXML
    private TextField nameField;
    @FXML
    private TextArea descriptionArea;
    @FXML
    private Label errorLabel;
    @FXML
    private Button saveButton;
    @FXML
    private Button cancelButton;

    SkillMapView(SkillMapViewModel vm) {
        this.vm = vm;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        jobFilterBox.setItems(vm.jobs());
        Cells.label(jobFilterBox, JobCategory::name);
        jobFilterBox.setPromptText(I18n.t("skillItem.allJobs"));
        jobFilterBox.valueProperty().bindBidirectional(vm.jobFilterProperty());
        Tables.bind(jobColumn, s -> vm.jobName(s.jobCategoryId()));
        Tables.bind(positionColumn, SkillItem::positionGroup);
        Tables.bind(codeColumn, SkillItem::itemCode);
        Tables.bind(nameColumn, SkillItem::itemName);
        Tables.bind(descriptionColumn, SkillItem::description);
        itemTable.setItems(vm.shown());
        Tables.emptyText(itemTable, I18n.t("skillItem.empty"));
        itemTable.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item != vm.selectedProperty().get()) {
                vm.selectedProperty().set(item);
            }
        });
        vm.selectedProperty().addListener((obs, old, item) -> {
            if (item == null) {
                itemTable.getSelectionModel().clearSelection();
            } else if (itemTable.getSelectionModel().getSelectedItem() != item) {
                itemTable.getItems().stream().filter(x -> x.id() == item.id()).findFirst()
                        .ifPresent(x -> itemTable.getSelectionModel().select(x));
            }
        });
        addButton.setOnAction(e -> {
            vm.newItem();
            codeField.requestFocus();
        });
        deleteButton.disableProperty().bind(vm.selectedProperty().isNull());
        deleteButton.setOnAction(e -> vm.delete());
        formTitle.textProperty().bind(Bindings.createStringBinding(() -> vm.creatingProperty().get()
                ? I18n.t("skillItem.newTitle") : vm.selectedProperty().get() == null ? I18n.t("skillItem.chooseFirst")
                        : I18n.t("skillItem.editTitle"), vm.creatingProperty(), vm.selectedProperty()));
        itemForm.disableProperty().bind(vm.selectedProperty().isNull().and(vm.creatingProperty().not()));
        jobBox.setItems(vm.jobs());
        Cells.label(jobBox, JobCategory::name);
        jobBox.setPromptText(I18n.t("skillItem.allJobs"));
        jobBox.valueProperty().bindBidirectional(vm.jobProperty());
        positionBox.setItems(vm.positions());
        positionBox.valueProperty().bindBidirectional(vm.positionProperty());
        codeField.textProperty().bindBidirectional(vm.codeProperty());
        nameField.textProperty().bindBidirectional(vm.nameProperty());
        descriptionArea.textProperty().bindBidirectional(vm.descriptionProperty());
        errorLabel.textProperty().bind(vm.errorProperty());
        saveButton.setOnAction(e -> vm.save());
        cancelButton.setOnAction(e -> vm.cancel());
        FormKeys.install(itemForm, vm::save, vm::cancel);
    }

    Node root() {
        return root;
    }
}
