package org.kenshu.ui.staff;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import org.kenshu.model.I18n;
import org.kenshu.model.Tier;
import org.kenshu.ui.common.ColumnWidths;
import org.kenshu.ui.common.FormKeys;
import org.kenshu.ui.common.Tables;
import org.kenshu.ui.common.ViewLoader;

/** 職層 tab: the ladder (drag a row, or Alt+↑/↓, to reorder) and the form for the selected tier. */
public final class TiersView {
    private static final DataFormat ROW = new DataFormat("application/x-kenshu-tier-row");
    private final TiersViewModel vm;
    private final Node root;

    @FXML
    private TableView<Tier> tierTable;
    @FXML
    private TableColumn<Tier, Integer> tierRankColumn;
    @FXML
    private TableColumn<Tier, String> tierNameColumn;
    @FXML
    private TableColumn<Tier, String> tierCodeColumn;
    @FXML
    private TableColumn<Tier, String> tierGradesColumn;
    @FXML
    private TableColumn<Tier, String> tierStateColumn;
    @FXML
    private Button upButton;
    @FXML
    private Button downButton;
    @FXML
    private Button retireButton;
    @FXML
    private Button restoreButton;
    @FXML
    private Button addButton;
    @FXML
    private Label formTitle;
    @FXML
    private VBox tierForm;
    @FXML
    private TextField nameField;
    @FXML
    private TextField codeField;
    @FXML
    private TextField gradesField;
    @FXML
    private TextArea descriptionArea;
    @FXML
    private Label errorLabel;
    @FXML
    private Button saveButton;
    @FXML
    private Button cancelButton;

    TiersView(TiersViewModel vm) {
        this.vm = vm;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        Tables.bind(tierRankColumn, Tier::rank);
        Tables.bind(tierNameColumn, Tier::name);
        Tables.bind(tierCodeColumn, Tier::code);
        Tables.bind(tierGradesColumn, Tier::salaryGrades);
        Tables.bind(tierStateColumn, t -> t.retired() ? I18n.t("tier.retiredState") : "");
        tierTable.setItems(vm.tiers());
        Tables.emptyText(tierTable, I18n.t("staff.tiers.empty"));
        vm.tiers().addListener((javafx.collections.ListChangeListener<Tier>) c -> ColumnWidths.fit(tierNameColumn,
                vm.tiers().stream().map(Tier::name), 140, 260));
        tierTable.setRowFactory(t -> draggableRow());
        tierTable.getSelectionModel().selectedItemProperty().addListener((obs, old, tier) -> {
            if (tier != null && tier != vm.selectedProperty().get()) {
                vm.selectedProperty().set(tier);
            }
        });
        vm.selectedProperty().addListener((obs, old, tier) -> {
            if (tier == null) {
                tierTable.getSelectionModel().clearSelection();
            } else if (tierTable.getSelectionModel().getSelectedItem() != tier) {
                tierTable.getItems().stream().filter(x -> x.id() == tier.id()).findFirst()
                        .ifPresent(x -> tierTable.getSelectionModel().select(x));
            }
        });
        tierTable.setOnKeyPressed(e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                vm.moveSelected(e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            }
        });
        var none = vm.selectedProperty().isNull();
        upButton.disableProperty().bind(none);
        downButton.disableProperty().bind(none);
        upButton.setOnAction(e -> vm.moveSelected(-1));
        downButton.setOnAction(e -> vm.moveSelected(1));
        retireButton.disableProperty().bind(none);
        restoreButton.disableProperty().bind(none);
        retireButton.setOnAction(e -> vm.retire(true));
        restoreButton.setOnAction(e -> vm.retire(false));
        form();
    }

    private void form() {
        addButton.setOnAction(e -> {
            vm.newTier();
            nameField.requestFocus();
        });
        formTitle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.creatingProperty()
                .get() ? I18n.t("tier.newTitle") : vm.selectedProperty().get() == null ? I18n.t("tier.chooseFirst")
                        : I18n.t("tier.editTitle"), vm.creatingProperty(), vm.selectedProperty()));
        tierForm.disableProperty().bind(vm.selectedProperty().isNull().and(vm.creatingProperty().not()));
        nameField.textProperty().bindBidirectional(vm.nameProperty());
        codeField.textProperty().bindBidirectional(vm.codeProperty());
        gradesField.textProperty().bindBidirectional(vm.salaryGradesProperty());
        descriptionArea.textProperty().bindBidirectional(vm.descriptionProperty());
        errorLabel.textProperty().bind(vm.errorProperty());
        saveButton.setOnAction(e -> vm.save());
        cancelButton.setOnAction(e -> vm.cancel());
        FormKeys.install(tierForm, vm::save, vm::cancel);
    }

    /** A row that can be dragged onto another row: the tier takes that row's place. */
    private TableRow<Tier> draggableRow() {
        TableRow<Tier> row = new TableRow<>() {
            @Override
            protected void updateItem(Tier tier, boolean empty) {
                super.updateItem(tier, empty);
                getStyleClass().remove("closed");
                if (!empty && tier != null && tier.retired()) {
                    getStyleClass().add("closed");
                }
            }
        };
        row.setOnDragDetected(e -> {
            if (!row.isEmpty()) {
                var board = row.startDragAndDrop(TransferMode.MOVE);
                board.setDragView(row.snapshot(null, null));
                ClipboardContent content = new ClipboardContent();
                content.put(ROW, row.getIndex());
                board.setContent(content);
                e.consume();
            }
        });
        row.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(ROW) && !row.isEmpty()) {
                e.acceptTransferModes(TransferMode.MOVE);
                e.consume();
            }
        });
        row.setOnDragDropped(e -> {
            if (e.getDragboard().hasContent(ROW)) {
                vm.move((Integer) e.getDragboard().getContent(ROW), row.getIndex());
                e.setDropCompleted(true);
                e.consume();
            }
        });
        return row;
    }

    void save() {
        vm.save();
    }

    Node root() {
        return root;
    }
}
