package org.kenshu.ui.competency;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.kenshu.model.Competency;
import org.kenshu.model.CompetencyCategory;
import org.kenshu.model.I18n;
import org.kenshu.ui.common.Cells;
import org.kenshu.ui.common.FormKeys;
import org.kenshu.ui.common.ViewLoader;

/** 能力の区分と能力 tab: the tree of categories and competencies and the form for the selected one. */
public final class CompetencyModelView {
    private final CompetencyModelViewModel vm;
    private final Node root;

    @FXML
    private TreeView<Object> modelTree;
    @FXML
    private Label modelEmptyLabel;
    @FXML
    private Button modelUpButton;
    @FXML
    private Button modelDownButton;
    @FXML
    private Button addCategoryButton;
    @FXML
    private Button addCompetencyButton;
    @FXML
    private Label modelFormTitle;
    @FXML
    private VBox modelForm;
    @FXML
    private TextField modelNameField;
    @FXML
    private TextField modelCodeField;
    @FXML
    private Label modelCategoryLabel;
    @FXML
    private ComboBox<CompetencyCategory> modelCategoryBox;
    @FXML
    private TextArea modelDescriptionArea;
    @FXML
    private Label modelErrorLabel;
    @FXML
    private Button modelSaveButton;
    @FXML
    private Button modelCancelButton;

    CompetencyModelView(CompetencyModelViewModel vm) {
        this.vm = vm;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        modelTree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item instanceof CompetencyCategory c ? c.name()
                        : ((Competency) item).name());
                setStyle(item instanceof CompetencyCategory ? "-fx-font-weight: bold;" : "");
            }
        });
        vm.competencies().addListener((ListChangeListener<Competency>) c -> buildTree());
        vm.categories().addListener((ListChangeListener<CompetencyCategory>) c -> buildTree());
        modelEmptyLabel.visibleProperty().bind(Bindings.isEmpty(vm.categories()).and(Bindings.isEmpty(vm.competencies())));
        modelTree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item.getValue() != vm.selectedProperty().get()) {
                vm.selectedProperty().set(item.getValue());
            }
        });
        modelTree.setOnKeyPressed(e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                vm.moveSelected(e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            }
        });
        modelUpButton.disableProperty().bind(vm.selectedProperty().isNull());
        modelDownButton.disableProperty().bind(vm.selectedProperty().isNull());
        modelUpButton.setOnAction(e -> vm.moveSelected(-1));
        modelDownButton.setOnAction(e -> vm.moveSelected(1));
        addCategoryButton.setOnAction(e -> {
            vm.newCategory();
            modelNameField.requestFocus();
        });
        addCompetencyButton.setOnAction(e -> {
            vm.newCompetency();
            modelNameField.requestFocus();
        });
        form();
    }

    private void form() {
        var isCategory = Bindings.createBooleanBinding(() -> vm.creatingCategoryProperty().get()
                || vm.selectedProperty().get() instanceof CompetencyCategory, vm.creatingCategoryProperty(),
                vm.selectedProperty());
        modelFormTitle.textProperty().bind(Bindings.createStringBinding(() -> vm.creatingCategoryProperty().get()
                ? I18n.t("competency.newCategory") : vm.creatingCompetencyProperty().get()
                        ? I18n.t("competency.newCompetency") : vm.selectedProperty().get() == null
                                ? I18n.t("competency.chooseFirst") : I18n.t("competency.editTitle"),
                vm.creatingCategoryProperty(), vm.creatingCompetencyProperty(), vm.selectedProperty()));
        modelForm.disableProperty().bind(vm.selectedProperty().isNull().and(vm.creatingCategoryProperty().not())
                .and(vm.creatingCompetencyProperty().not()));
        modelCategoryLabel.visibleProperty().bind(isCategory.not());
        modelCategoryBox.visibleProperty().bind(isCategory.not());
        modelNameField.textProperty().bindBidirectional(vm.nameProperty());
        modelCodeField.textProperty().bindBidirectional(vm.codeProperty());
        modelCategoryBox.setItems(vm.categories());
        Cells.label(modelCategoryBox, CompetencyCategory::name);
        modelCategoryBox.valueProperty().bindBidirectional(vm.categoryProperty());
        modelDescriptionArea.textProperty().bindBidirectional(vm.descriptionProperty());
        modelErrorLabel.textProperty().bind(vm.errorProperty());
        modelSaveButton.setOnAction(e -> vm.save());
        modelCancelButton.setOnAction(e -> vm.cancel());
        FormKeys.install(modelForm, vm::save, vm::cancel);
    }

    private void buildTree() {
        TreeItem<Object> top = new TreeItem<>();
        Map<Long, TreeItem<Object>> byCategory = new HashMap<>();
        for (CompetencyCategory c : vm.categories()) {
            TreeItem<Object> item = new TreeItem<>(c);
            item.setExpanded(true);
            byCategory.put(c.id(), item);
            top.getChildren().add(item);
        }
        Object selected = vm.selectedProperty().get();
        TreeItem<Object> select = null;
        for (Competency c : vm.competencies()) {
            TreeItem<Object> item = new TreeItem<>(c);
            (c.categoryId() == null ? top : byCategory.getOrDefault(c.categoryId(), top)).getChildren().add(item);
            if (selected instanceof Competency s && s.id() == c.id()) {
                select = item;
            }
        }
        if (selected instanceof CompetencyCategory s) {
            select = byCategory.get(s.id());
        }
        modelTree.setRoot(top);
        if (select != null && !Objects.equals(modelTree.getSelectionModel().getSelectedItem(), select)) {
            modelTree.getSelectionModel().select(select);
        }
    }

    Node root() {
        return root;
    }
}
