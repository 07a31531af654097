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
    private ComboBox<JobCategory> skillJobFilterBox;
    @FXML
    private TableView<SkillItem> itemTable;
    @FXML
    private TableColumn<SkillItem, String> skillJobColumn;
    @FXML
    private TableColumn<SkillItem, String> skillPositionColumn;
    @FXML
    private TableColumn<SkillItem, String> skillCodeColumn;
    @FXML
    private TableColumn<SkillItem, String> skillNameColumn;
    @FXML
    private TableColumn<SkillItem, String> skillDescriptionColumn;
    @FXML
    private Button skillAddButton;
    @FXML
    private Button skillDeleteButton;
    @FXML
    private Label skillFormTitle;
    @FXML
    private VBox itemForm;
    @FXML
    private ComboBox<JobCategory> skillJobBox;
    @FXML
    private ComboBox<String> skillPositionBox;
    @FXML
    private TextField skillCodeField;
    @FXML
    private TextField skillNameField;
    @FXML
    private TextArea skillDescriptionArea;
    @FXML
    private Label skillErrorLabel;
    @FXML
    private Button skillSaveButton;
    @FXML
    private Button skillCancelButton;

    SkillMapView(SkillMapViewModel vm) {
        this.vm = vm;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        skillJobFilterBox.setItems(vm.jobs());
        Cells.label(skillJobFilterBox, JobCategory::name);
        skillJobFilterBox.setPromptText(I18n.t("skillItem.allJobs"));
        skillJobFilterBox.valueProperty().bindBidirectional(vm.jobFilterProperty());
        Tables.bind(skillJobColumn, s -> vm.jobName(s.jobCategoryId()));
        Tables.bind(skillPositionColumn, SkillItem::positionGroup);
        Tables.bind(skillCodeColumn, SkillItem::itemCode);
        Tables.bind(skillNameColumn, SkillItem::itemName);
        Tables.bind(skillDescriptionColumn, SkillItem::description);
        itemTable.setItems(vm.shown());
        vm.shown().addListener((javafx.collections.ListChangeListener<SkillItem>) c -> {
            org.kenshu.ui.common.ColumnWidths.fit(skillPositionColumn, vm.shown().stream().map(SkillItem::positionGroup),
                    100, 240);
            org.kenshu.ui.common.ColumnWidths.fit(skillNameColumn, vm.shown().stream().map(SkillItem::itemName), 80, 200);
        });
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
        skillAddButton.setOnAction(e -> {
            vm.newItem();
            skillCodeField.requestFocus();
        });
        skillDeleteButton.disableProperty().bind(vm.selectedProperty().isNull());
        skillDeleteButton.setOnAction(e -> vm.delete());
        skillFormTitle.textProperty().bind(Bindings.createStringBinding(() -> vm.creatingProperty().get()
                ? I18n.t("skillItem.newTitle") : vm.selectedProperty().get() == null ? I18n.t("skillItem.chooseFirst")
                        : I18n.t("skillItem.editTitle"), vm.creatingProperty(), vm.selectedProperty()));
        itemForm.disableProperty().bind(vm.selectedProperty().isNull().and(vm.creatingProperty().not()));
        skillJobBox.setItems(vm.jobs());
        Cells.label(skillJobBox, JobCategory::name);
        skillJobBox.setPromptText(I18n.t("skillItem.allJobs"));
        skillJobBox.valueProperty().bindBidirectional(vm.jobProperty());
        skillPositionBox.setItems(vm.positions());
        skillPositionBox.valueProperty().bindBidirectional(vm.positionProperty());
        skillCodeField.textProperty().bindBidirectional(vm.codeProperty());
        skillNameField.textProperty().bindBidirectional(vm.nameProperty());
        skillDescriptionArea.textProperty().bindBidirectional(vm.descriptionProperty());
        skillErrorLabel.textProperty().bind(vm.errorProperty());
        skillSaveButton.setOnAction(e -> vm.save());
        skillCancelButton.setOnAction(e -> vm.cancel());
        FormKeys.install(itemForm, vm::save, vm::cancel);
    }

    Node root() {
        return root;
    }
}
