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
    private TableColumn<Tier, String> tierLadderColumn;
    @FXML
    private TableColumn<Tier, String> tierStateColumn;
    @FXML
    private javafx.scene.control.ComboBox<org.kenshu.model.JobCategory> tierLadderBox;
    @FXML
    private Button tierCommonLadderButton;
    @FXML
    private Button tierUpButton;
    @FXML
    private Button tierDownButton;
    @FXML
    private Button tierRetireButton;
    @FXML
    private Button tierRestoreButton;
    @FXML
    private Button tierAddButton;
    @FXML
    private Label tierFormTitle;
    @FXML
    private VBox tierForm;
    @FXML
    private TextField tierNameField;
    @FXML
    private TextField tierCodeField;
    @FXML
    private TextField tierGradesField;
    @FXML
    private TextArea tierDescriptionArea;
    @FXML
    private Label tierErrorLabel;
    @FXML
    private Button tierSaveButton;
    @FXML
    private Button tierCancelButton;

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
        Tables.bind(tierLadderColumn, vm::ladderName);
        Tables.bind(tierStateColumn, t -> t.retired() ? I18n.t("tier.retiredState") : "");
        tierTable.setItems(vm.tiers());
        Tables.emptyText(tierTable, I18n.t("staff.tiers.empty"));
        vm.tiers().addListener((javafx.collections.ListChangeListener<Tier>) c -> {
            ColumnWidths.fit(tierNameColumn, vm.tiers().stream().map(Tier::name), 140, 260);
            ColumnWidths.fit(tierCodeColumn, vm.tiers().stream().map(Tier::code), 70, 160);
            ColumnWidths.fit(tierLadderColumn, vm.tiers().stream().map(vm::ladderName), 90, 160);
        });
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
        tierUpButton.disableProperty().bind(none);
        tierDownButton.disableProperty().bind(none);
        tierUpButton.setOnAction(e -> vm.moveSelected(-1));
        tierDownButton.setOnAction(e -> vm.moveSelected(1));
        tierRetireButton.disableProperty().bind(none);
        tierRestoreButton.disableProperty().bind(none);
        tierRetireButton.setOnAction(e -> vm.retire(true));
        tierRestoreButton.setOnAction(e -> vm.retire(false));
        form();
    }

    private void form() {
        tierAddButton.setOnAction(e -> {
            vm.newTier();
            tierNameField.requestFocus();
        });
        tierFormTitle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.creatingProperty()
                .get() ? I18n.t("tier.newTitle") : vm.selectedProperty().get() == null ? I18n.t("tier.chooseFirst")
                        : I18n.t("tier.editTitle"), vm.creatingProperty(), vm.selectedProperty()));
        tierForm.disableProperty().bind(vm.selectedProperty().isNull().and(vm.creatingProperty().not()));
        tierNameField.textProperty().bindBidirectional(vm.nameProperty());
        tierCodeField.textProperty().bindBidirectional(vm.codeProperty());
        tierGradesField.textProperty().bindBidirectional(vm.salaryGradesProperty());
        tierDescriptionArea.textProperty().bindBidirectional(vm.descriptionProperty());
        tierLadderBox.setItems(vm.ladders());
        org.kenshu.ui.common.Cells.label(tierLadderBox, org.kenshu.model.JobCategory::name);
        tierLadderBox.valueProperty().bindBidirectional(vm.ladderProperty());
        tierCommonLadderButton.setOnAction(e -> vm.ladderProperty().set(null));
        tierErrorLabel.textProperty().bind(vm.errorProperty());
        tierSaveButton.setOnAction(e -> vm.save());
        tierCancelButton.setOnAction(e -> vm.cancel());
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
