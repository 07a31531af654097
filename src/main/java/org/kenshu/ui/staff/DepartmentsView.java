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
    private Label emptyLabel;
    @FXML
    private Button addButton;
    @FXML
    private Label formTitle;
    @FXML
    private VBox departmentForm;
    @FXML
    private TextField nameField;
    @FXML
    private TextField codeField;
    @FXML
    private ComboBox<Department> parentBox;
    @FXML
    private Button topLevelButton;
    @FXML
    private Label errorLabel;
    @FXML
    private Button saveButton;
    @FXML
    private Button cancelButton;
    @FXML
    private VBox mergeForm;
    @FXML
    private ComboBox<Department> targetBox;
    @FXML
    private DatePicker mergePicker;
    @FXML
    private Button mergeButton;

    DepartmentsView(DepartmentsViewModel vm, AppState state) {
        this.vm = vm;
        this.state = state;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        departmentTree.setCellFactory(t -> new DepartmentCell());
        vm.departments().addListener((ListChangeListener<Department>) c -> buildTree());
        emptyLabel.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.departments()));
        departmentTree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item.getValue() != vm.selectedProperty().get()) {
                vm.selectedProperty().set(item.getValue());
            }
        });
        addButton.setOnAction(e -> {
            vm.newDepartment();
            nameField.requestFocus();
        });
        formTitle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.creatingProperty()
                .get() ? I18n.t("department.newTitle") : vm.selectedProperty().get() == null
                        ? I18n.t("department.chooseFirst") : I18n.t("department.editTitle"),
                vm.creatingProperty(), vm.selectedProperty()));
        nameField.textProperty().bindBidirectional(vm.nameProperty());
        codeField.textProperty().bindBidirectional(vm.codeProperty());
        parentBox.setItems(vm.parentChoices());
        Cells.label(parentBox, vm::label);
        parentBox.valueProperty().bindBidirectional(vm.parentProperty());
        topLevelButton.setOnAction(e -> vm.parentProperty().set(null));
        errorLabel.textProperty().bind(vm.errorProperty());
        saveButton.setOnAction(e -> vm.save());
        cancelButton.setOnAction(e -> vm.cancel());
        var editable = vm.selectedProperty().isNotNull().or(vm.creatingProperty());
        departmentForm.disableProperty().bind(editable.not());
        FormKeys.install(departmentForm, vm::save, vm::cancel);
        targetBox.setItems(vm.parentChoices());
        Cells.label(targetBox, vm::label);
        targetBox.valueProperty().bindBidirectional(vm.mergeTargetProperty());
        DatePickers.japanese(mergePicker, state);
        mergePicker.valueProperty().bindBidirectional(vm.mergeDateProperty());
        mergeForm.disableProperty().bind(vm.selectedProperty().isNull());
        mergeButton.setOnAction(e -> vm.merge());
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
