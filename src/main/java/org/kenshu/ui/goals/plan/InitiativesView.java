package org.kenshu.ui.goals.plan;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.kenshu.model.I18n;
import org.kenshu.model.Wareki;
import org.kenshu.service.InitiativeEditService.Level;
import org.kenshu.ui.common.Tables;
import org.kenshu.ui.common.ViewLoader;

/**
 * 実施計画 tab: the review table (initiative × fiscal years, 計画 over 実績) above the editor of the
 * chosen cell.
 */
public final class InitiativesView {
    private static final double YEAR_WIDTH = 170;
    private final InitiativesViewModel vm;
    private final Node root;

    @FXML
    private TableView<PlanLine> initiativeTable;
    @FXML
    private TableColumn<PlanLine, String> pillarColumn;
    @FXML
    private TableColumn<PlanLine, String> directionColumn;
    @FXML
    private TableColumn<PlanLine, String> initiativeColumn;
    @FXML
    private TableColumn<PlanLine, String> lineColumn;
    @FXML
    private Label initiativeHeading;
    @FXML
    private TextField initiativeNameField;
    @FXML
    private TextArea planArea;
    @FXML
    private TextArea resultArea;
    @FXML
    private TextField planCountField;
    @FXML
    private TextField resultCountField;
    @FXML
    private TextField countUnitField;
    @FXML
    private ComboBox<String> countSourceBox;
    @FXML
    private Label linkedValueLabel;
    @FXML
    private Button saveInitiativeButton;
    @FXML
    private Button addPillarButton;
    @FXML
    private Button addDirectionButton;
    @FXML
    private Button addInitiativeButton;
    @FXML
    private Button renameItemButton;
    @FXML
    private Button moveUpButton;
    @FXML
    private Button moveDownButton;
    @FXML
    private Button deleteItemButton;
    @FXML
    private Label outlineTargetLabel;

    public InitiativesView(InitiativesViewModel vm) {
        this.vm = vm;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        Tables.bind(pillarColumn, l -> l.result() ? "" : l.row().pillar().name());
        Tables.bind(directionColumn, l -> l.result() ? "" : l.row().direction() == null
                ? I18n.t("initiatives.tree.noDirection") : l.row().direction().name());
        Tables.bind(initiativeColumn, l -> l.result() || l.row().direction() == null ? ""
                : l.row().initiative() == null ? I18n.t("initiatives.tree.noInitiative") : l.row().initiative().name());
        Tables.bind(lineColumn, l -> l.row().initiative() == null ? ""
                : I18n.t(l.result() ? "initiatives.result" : "initiatives.plan"));
        for (TableColumn<PlanLine, String> c : java.util.List.of(pillarColumn, directionColumn, initiativeColumn)) {
            c.setCellFactory(col -> new WrappingCell());
        }
        initiativeTable.setItems(vm.lines());
        initiativeTable.getSelectionModel().setCellSelectionEnabled(true);
        initiativeTable.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(PlanLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("plan-line", "result-line");
                if (!empty && line != null) {
                    getStyleClass().add(line.result() ? "result-line" : "plan-line");
                }
            }
        });
        Tables.emptyText(initiativeTable, I18n.t("initiatives.empty"));
        vm.years().addListener((ListChangeListener<Integer>) c -> yearColumns());
        initiativeTable.getSelectionModel().getSelectedCells().addListener((ListChangeListener<TablePosition>) c -> {
            var cells = initiativeTable.getSelectionModel().getSelectedCells();
            if (!cells.isEmpty()) {
                TablePosition<?, ?> pos = cells.getFirst();
                PlanLine line = vm.lines().get(pos.getRow());
                TableColumn<?, ?> column = pos.getTableColumn();
                Object year = column == null ? null : column.getUserData();
                Level level = column == pillarColumn ? Level.PILLAR
                        : column == directionColumn ? Level.DIRECTION : Level.INITIATIVE;
                vm.select(line, level, year instanceof Integer y ? y : vm.state().fiscalYear());
            } else {
                vm.select(null, null, null);
            }
        });
        outline();
        vm.focusProperty().addListener((o, was, f) -> {
            if (f != null) {
                TableColumn<PlanLine, String> column = switch (f.level()) {
                    case PILLAR -> pillarColumn;
                    case DIRECTION -> directionColumn;
                    case INITIATIVE -> initiativeColumn;
                };
                initiativeTable.getSelectionModel().clearAndSelect(vm.lines().indexOf(f.line()), column);
                initiativeTable.scrollTo(f.line());
            }
        });
        initiativeHeading.textProperty().bind(vm.headingProperty());
        initiativeNameField.textProperty().bindBidirectional(vm.nameProperty());
        planArea.textProperty().bindBidirectional(vm.planTextProperty());
        resultArea.textProperty().bindBidirectional(vm.resultTextProperty());
        planCountField.textProperty().bindBidirectional(vm.planCountProperty());
        resultCountField.textProperty().bindBidirectional(vm.resultCountProperty());
        countUnitField.textProperty().bindBidirectional(vm.unitProperty());
        countSourceBox.setItems(vm.sources());
        countSourceBox.valueProperty().bindBidirectional(vm.countSourceProperty());
        linkedValueLabel.textProperty().bind(vm.linkedValueProperty());
        saveInitiativeButton.disableProperty().bind(vm.rowProperty().isNull());
        saveInitiativeButton.setOnAction(e -> vm.save());
    }

    /** The buttons that shape the plan, also in the table's context menu. */
    private void outline() {
        PlanOutlineViewModel o = vm.outline();
        outlineTargetLabel.textProperty().bind(o.targetTextProperty());
        addPillarButton.setOnAction(e -> o.addPillar());
        addDirectionButton.setOnAction(e -> o.addDirection());
        addDirectionButton.disableProperty().bind(o.cannotAddDirection());
        addInitiativeButton.setOnAction(e -> o.addInitiative());
        addInitiativeButton.disableProperty().bind(o.cannotAddInitiative());
        renameItemButton.setOnAction(e -> o.rename());
        moveUpButton.setOnAction(e -> o.moveUp());
        moveDownButton.setOnAction(e -> o.moveDown());
        deleteItemButton.setOnAction(e -> o.delete());
        for (Button b : java.util.List.of(renameItemButton, moveUpButton, moveDownButton, deleteItemButton)) {
            b.disableProperty().bind(o.targetProperty().isNull());
        }
        ContextMenu menu = new ContextMenu();
        for (Button b : java.util.List.of(addPillarButton, addDirectionButton, addInitiativeButton,
                renameItemButton, moveUpButton, moveDownButton, deleteItemButton)) {
            MenuItem item = new MenuItem(b.getText());
            item.disableProperty().bind(b.disableProperty());
            item.setOnAction(e -> b.fire());
            menu.getItems().add(item);
        }
        initiativeTable.setContextMenu(menu);
    }

    /** One column per fiscal year, labelled 令和8年度; its user data is the year. */
    private void yearColumns() {
        initiativeTable.getColumns().removeIf(c -> c.getUserData() instanceof Integer);
        for (int year : vm.years()) {
            TableColumn<PlanLine, String> column = new TableColumn<>(Wareki.fiscalYear(year, vm.state().era()));
            column.setUserData(year);
            column.setPrefWidth(YEAR_WIDTH);
            column.setSortable(false);
            column.setCellValueFactory(Tables.cellValue(l -> vm.cell(l, year)));
            column.setCellFactory(c -> new WrappingCell());
            initiativeTable.getColumns().add(column);
        }
    }

    /** A cell whose text wraps within the column (計画/実績 texts are sentences). */
    private static final class WrappingCell extends TableCell<PlanLine, String> {
        private final Label label = new Label();

        WrappingCell() {
            label.setWrapText(true);
            label.setAlignment(javafx.geometry.Pos.TOP_LEFT);
            label.maxWidthProperty().bind(widthProperty().subtract(8));
            label.maxHeightProperty().bind(heightProperty().subtract(4));
            setGraphic(label);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            label.setText(empty ? null : text);
            setText(null);
            setTooltip(empty || text == null || text.isEmpty() ? null : new javafx.scene.control.Tooltip(text));
        }
    }

    public Node root() {
        return root;
    }
}
