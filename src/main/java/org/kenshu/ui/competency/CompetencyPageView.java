package org.kenshu.ui.competency;

import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.kenshu.model.I18n;
import org.kenshu.model.RequirementLevel;
import org.kenshu.model.Tier;
import org.kenshu.service.CompetencyMatrix;
import org.kenshu.ui.common.PageView;
import org.kenshu.ui.common.Tables;
import org.kenshu.ui.common.ViewLoader;

/** 能力体系 page: one row per competency, one column per tier (junior first), ◎/○ in the cells. */
public final class CompetencyPageView implements PageView {
    private final CompetencyPageViewModel vm;
    private final Node root;

    @FXML
    private TableView<CompetencyMatrix.Row> matrixTable;

    public CompetencyPageView(CompetencyPageViewModel vm) {
        this.vm = vm;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        Tables.emptyText(matrixTable, I18n.t("competency.empty"));
        vm.matrixProperty().addListener((obs, old, matrix) -> show(matrix));
    }

    private void show(CompetencyMatrix matrix) {
        matrixTable.getColumns().clear();
        TableColumn<CompetencyMatrix.Row, String> category = new TableColumn<>(I18n.t("competency.column.category"));
        Tables.bind(category, CompetencyMatrix.Row::category);
        int longest = matrix.rows().stream().mapToInt(r -> r.category().length()).max().orElse(4);
        category.setPrefWidth(Math.min(300, longest * 14 + 24));
        TableColumn<CompetencyMatrix.Row, String> name = new TableColumn<>(I18n.t("competency.column.competency"));
        Tables.bind(name, r -> r.competency().name());
        name.setPrefWidth(230);
        matrixTable.getColumns().add(category);
        matrixTable.getColumns().add(name);
        for (Tier tier : matrix.tiers()) {
            TableColumn<CompetencyMatrix.Row, RequirementLevel> column = new TableColumn<>(tier.name());
            column.setId("tier-" + tier.code());
            Tables.bind(column, r -> r.level(tier));
            column.setCellFactory(c -> new MarkCell());
            column.setPrefWidth(Math.max(84, tier.name().length() * 15 + 16));
            column.setSortable(false);
            matrixTable.getColumns().add(column);
        }
        matrixTable.getItems().setAll(matrix.rows());
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
        vm.refresh();
    }

    /** ◎ / ○, centred. */
    private static final class MarkCell extends TableCell<CompetencyMatrix.Row, RequirementLevel> {
        MarkCell() {
            setAlignment(Pos.CENTER);
            getStyleClass().add("mark-cell");
        }

        @Override
        protected void updateItem(RequirementLevel level, boolean empty) {
            super.updateItem(level, empty);
            setText(empty || level == null ? null : level.mark());
        }
    }
}
