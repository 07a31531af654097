package org.kenshu.ui.staff;

import java.util.HashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.VBox;
import org.kenshu.model.Department;
import org.kenshu.model.I18n;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.Cells;
import org.kenshu.ui.common.DatePickers;
import org.kenshu.ui.common.FormKeys;
import org.kenshu.ui.common.ViewLoader;

/** 所属 tab: the tree (merged departments greyed, with the date and where they went) and its forms. */
public final class DepartmentsView {
    private final DepartmentsViewModel vm;
    private final AppState state;
    private final Node root;

    @FXML
    private TreeView<Department> departmentTree;
    @FXML
    private Label departmentEmptyLabel;
    @FXML
    private Button departmentAddButton;
    @FXML
    private Label departmentFormTitle;
    @FXML
    private VBox departmentForm;
    @FXML
    private TextField departmentNameField;
    @FXML
    private TextField departmentCodeField;
    @FXML
    private ComboBox<Department> departmentParentBox;
    @FXML
    private Button departmentTopLevelButton;
    @FXML
    private Label departmentErrorLabel;
    @FXML
    private Button departmentSaveButton;
    @FXML
    private Button departmentCancelButton;
    @FXML
    private VBox mergeForm;
    @FXML
    private ComboBox<Department> departmentTargetBox;
    @FXML
    private DatePicker departmentMergePicker;
    @FXML
    private Button departmentMergeButton;

    DepartmentsView(DepartmentsViewModel vm, AppState state) {
        this.vm = vm;
        this.state = state;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        departmentTree.setCellFactory(t -> new DepartmentCell());
        vm.departments().addListener((ListChangeListener<Department>) c -> buildTree());
        departmentEmptyLabel.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.departments()));
        departmentTree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item.getValue() != vm.selectedProperty().get()) {
                vm.selectedProperty().set(item.getValue());
            }
        });
        departmentAddButton.setOnAction(e -> {
            vm.newDepartment();
            departmentNameField.requestFocus();
        });
        departmentFormTitle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.creatingProperty()
                .get() ? I18n.t("department.newTitle") : vm.selectedProperty().get() == null
                        ? I18n.t("department.chooseFirst") : I18n.t("department.editTitle"),
                vm.creatingProperty(), vm.selectedProperty()));
        departmentNameField.textProperty().bindBidirectional(vm.nameProperty());
        departmentCodeField.textProperty().bindBidirectional(vm.codeProperty());
        departmentParentBox.setItems(vm.parentChoices());
        Cells.label(departmentParentBox, vm::label);
        departmentParentBox.valueProperty().bindBidirectional(vm.parentProperty());
        departmentTopLevelButton.setOnAction(e -> vm.parentProperty().set(null));
        departmentErrorLabel.textProperty().bind(vm.errorProperty());
        departmentSaveButton.setOnAction(e -> vm.save());
        departmentCancelButton.setOnAction(e -> vm.cancel());
        var editable = vm.selectedProperty().isNotNull().or(vm.creatingProperty());
        departmentForm.disableProperty().bind(editable.not());
        FormKeys.install(departmentForm, vm::save, vm::cancel);
        departmentTargetBox.setItems(vm.parentChoices());
        Cells.label(departmentTargetBox, vm::label);
        departmentTargetBox.valueProperty().bindBidirectional(vm.mergeTargetProperty());
        DatePickers.japanese(departmentMergePicker, state);
        departmentMergePicker.valueProperty().bindBidirectional(vm.mergeDateProperty());
        mergeForm.disableProperty().bind(vm.selectedProperty().isNull());
        departmentMergeButton.setOnAction(e -> vm.merge());
        FormKeys.install(mergeForm, vm::merge, vm::cancel);
    }

    private void buildTree() {
        TreeItem<Department> top = new TreeItem<>();
        Map<Long, TreeItem<Department>> items = new HashMap<>();
        vm.departments().forEach(d -> items.put(d.id(), new TreeItem<>(d)));
        for (Department d : vm.departments()) {
            TreeItem<Department> parent = d.parentId() == null ? top : items.getOrDefault(d.parentId(), top);
            parent.getChildren().add(items.get(d.id()));
        }
        top.getChildren().forEach(i -> i.setExpanded(true));
        departmentTree.setRoot(top);
        Department selected = vm.selectedProperty().get();
        if (selected != null && items.containsKey(selected.id())) {
            TreeItem<Department> item = items.get(selected.id());
            for (TreeItem<Department> p = item.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            departmentTree.getSelectionModel().select(item);
        }
    }

    void save() {
        vm.save();
    }

    Node root() {
        return root;
    }

    /** A department's name; a merged one greyed with 「R9.3.31 まで（総務部 人事課へ統合）」. */
    private final class DepartmentCell extends TreeCell<Department> {
        @Override
        protected void updateItem(Department d, boolean empty) {
            super.updateItem(d, empty);
            getStyleClass().remove("closed");
            if (empty || d == null) {
                setText(null);
                return;
            }
            String note = vm.closedNote(d);
            setText(note.isEmpty() ? d.name() : d.name() + "　" + note);
            if (!note.isEmpty()) {
                getStyleClass().add("closed");
            }
        }
    }
}
