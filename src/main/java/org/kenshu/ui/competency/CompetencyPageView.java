package org.kenshu.ui.competency;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kenshu.model.I18n;
import org.kenshu.model.RequirementLevel;
import org.kenshu.model.Tier;
import org.kenshu.service.CompetencyGrid;
import org.kenshu.ui.common.ColumnWidths;
import org.kenshu.ui.common.DialogService;
import org.kenshu.ui.common.FormKeys;
import org.kenshu.ui.common.PageView;
import org.kenshu.ui.common.Tables;
import org.kenshu.ui.common.ViewLoader;

/**
 * 能力体系 page: the grid (one row per competency grouped by category, one column per tier, junior
 * first), the side panel for the chosen cell's text, and tabs for the model and the skill maps.
 */
public final class CompetencyPageView implements PageView {
    private final CompetencyPageViewModel vm;
    private final DialogService dialogs;
    private final CompetencyModelView model;
    private final SkillMapView skillMaps;
    private final Node root;

    @FXML
    private Button printButton;
    @FXML
    private TabPane tabs;
    @FXML
    private Tab matrixTab;
    @FXML
    private Tab modelTab;
    @FXML
    private TableView<CompetencyGrid.Row> matrixTable;
    @FXML
    private Label cellHint;
    @FXML
    private VBox cellPanel;
    @FXML
    private Label cellTitle;
    @FXML
    private Label cellLevel;
    @FXML
    private TextArea descriptionArea;
    @FXML
    private Button saveDescriptionButton;
    @FXML
    private Button cancelDescriptionButton;
    @FXML
    private StackPane modelHost;
    @FXML
    private StackPane skillMapHost;

    public CompetencyPageView(CompetencyPageViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.model = new CompetencyModelView(vm.model());
        this.skillMaps = new SkillMapView(vm.skillMaps());
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        modelHost.getChildren().setAll(model.root());
        skillMapHost.getChildren().setAll(skillMaps.root());
        Tables.emptyText(matrixTable, I18n.t("competency.empty"));
        matrixTable.getSelectionModel().setCellSelectionEnabled(true);
        matrixTable.setItems(vm.rows());
        vm.gridProperty().addListener((obs, old, grid) -> columns(grid));
        matrixTable.getFocusModel().focusedCellProperty().addListener((obs, old, pos) -> focused(pos));
        matrixTable.setOnKeyPressed(e -> {
            TablePosition<CompetencyGrid.Row, ?> pos = matrixTable.getFocusModel().getFocusedCell();
            if (e.getCode() == KeyCode.SPACE && pos != null && pos.getTableColumn() != null
                    && pos.getTableColumn().getUserData() instanceof Tier tier && pos.getRow() >= 0) {
                vm.cycle(matrixTable.getItems().get(pos.getRow()), tier);
                e.consume();
            }
        });
        vm.selectedProperty().addListener((obs, old, cell) -> showCell(cell));
        cellPanel.visibleProperty().bind(vm.selectedProperty().isNotNull());
        cellHint.visibleProperty().bind(vm.selectedProperty().isNull());
        descriptionArea.textProperty().bindBidirectional(vm.descriptionProperty());
        saveDescriptionButton.setOnAction(e -> vm.saveDescription());
        cancelDescriptionButton.setOnAction(e -> vm.cancelDescription());
        FormKeys.install(cellPanel, vm::saveDescription, vm::cancelDescription);
        printButton.setOnAction(e -> dialogs.showPrintPreview(new MatrixPrintout(vm.printTitle(),
                vm.gridProperty().get().tiers(), java.util.List.copyOf(vm.rows()))));
        printButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.rows()));
    }

    private void columns(CompetencyGrid grid) {
        matrixTable.getColumns().clear();
        TableColumn<CompetencyGrid.Row, String> category = new TableColumn<>(I18n.t("competency.column.category"));
        category.setId("categoryColumn");
        Tables.bind(category, CompetencyGrid.Row::category);
        category.setCellFactory(c -> new CategoryCell());
        ColumnWidths.fit(category, grid.rows().stream().map(CompetencyGrid.Row::category), 80, 300);
        TableColumn<CompetencyGrid.Row, String> name = new TableColumn<>(I18n.t("competency.column.competency"));
        name.setId("competencyColumn");
        Tables.bind(name, r -> r.competency().name());
        ColumnWidths.fit(name, grid.rows().stream().map(r -> r.competency().name()), 120, 260);
        category.setSortable(false);
        name.setSortable(false);
        matrixTable.getColumns().add(category);
        matrixTable.getColumns().add(name);
        for (Tier tier : grid.tiers()) {
            TableColumn<CompetencyGrid.Row, RequirementLevel> column = new TableColumn<>();
            Label header = new Label(tier.name());
            header.setWrapText(true);
            header.maxWidthProperty().bind(column.widthProperty().subtract(14));
            double width = Math.min(120, Math.max(64, ColumnWidths.width(tier.name()) / 2 + 30));
            // A wrapped header is only as tall as it is told: three lines for names that wrap at all.
            header.setMinHeight(ColumnWidths.width(tier.name()) > width - 20 ? 3 * 17 : 17);
            header.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            column.setGraphic(header);
            column.setId("tier-" + tier.code());
            column.setUserData(tier);
            Tables.bind(column, r -> r.level(tier.id()));
            column.setCellFactory(c -> new MarkCell(tier, vm));
            column.setPrefWidth(width);
            column.setSortable(false);
            matrixTable.getColumns().add(column);
        }
    }

    /** Moving through the grid with the arrow keys shows each cell's text beside it. */
    private void focused(TablePosition<CompetencyGrid.Row, ?> pos) {
        if (pos != null && pos.getRow() >= 0 && pos.getRow() < matrixTable.getItems().size()
                && pos.getTableColumn() != null && pos.getTableColumn().getUserData() instanceof Tier tier) {
            CompetencyGrid.Row row = matrixTable.getItems().get(pos.getRow());
            var current = vm.selectedProperty().get();
            if (current == null || current.row() != row || current.tier().id() != tier.id()) {
                vm.selectedProperty().set(new CompetencyPageViewModel.CellRef(row, tier));
            }
        }
    }

    private void showCell(CompetencyPageViewModel.CellRef cell) {
        if (cell == null) {
            return;
        }
        cellTitle.setText(cell.label());
        RequirementLevel level = cell.row().level(cell.tier().id());
        cellLevel.setText(I18n.t("competency.levelNow", level == null ? I18n.t("competency.blank") : I18n.label(level)));
        int row = matrixTable.getItems().indexOf(cell.row());
        matrixTable.getColumns().stream().filter(c -> c.getUserData() instanceof Tier t && t.id() == cell.tier().id())
                .findFirst().ifPresent(c -> {
                    if (row >= 0 && !matrixTable.getSelectionModel().isSelected(row, c)) {
                        matrixTable.getSelectionModel().clearAndSelect(row, c);
                    }
                });
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
        vm.refresh();
    }

    /** Ctrl+S: the form of the tab shown. */
    @Override
    public void save() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        if (tab == matrixTab) {
            vm.saveDescription();
        } else if (tab == modelTab) {
            vm.model().save();
        } else {
            vm.skillMaps().save();
        }
    }

    /** The category's name on the first row of its group only, so the groups read at a glance. */
    private final class CategoryCell extends javafx.scene.control.TableCell<CompetencyGrid.Row, String> {
        @Override
        protected void updateItem(String category, boolean empty) {
            super.updateItem(category, empty);
            int i = getIndex();
            boolean first = i <= 0 || i >= matrixTable.getItems().size()
                    || !matrixTable.getItems().get(i - 1).category().equals(category);
            setText(empty || category == null || !first ? null : category);
        }
    }
}
