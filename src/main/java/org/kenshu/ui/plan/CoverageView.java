package org.kenshu.ui.plan;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.kenshu.model.I18n;
import org.kenshu.model.Tier;
import org.kenshu.service.plan.Coverage;
import org.kenshu.ui.common.Tables;
import org.kenshu.ui.common.ViewLoader;

/** 能力の充足: competencies as rows, tiers as columns; a ◎ no planned course develops is marked 不足 in red. */
public final class CoverageView {
    private final CoverageViewModel vm;
    private final Node root;

    @FXML
    private Label gapsLabel;
    @FXML
    private TableView<Coverage.Row> coverageTable;

    public CoverageView(CoverageViewModel vm) {
        this.vm = vm;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        gapsLabel.textProperty().bind(vm.gapsProperty());
        Tables.emptyText(coverageTable, I18n.t("coverage.empty"));
        vm.coverageProperty().addListener((o, a, c) -> show(c));
    }

    private void show(Coverage c) {
        coverageTable.getColumns().clear();
        if (c == null) {
            coverageTable.getItems().clear();
            return;
        }
        TableColumn<Coverage.Row, String> category = new TableColumn<>(I18n.t("competency.column.category"));
        Tables.bind(category, Coverage.Row::category);
        category.setPrefWidth(140);
        TableColumn<Coverage.Row, String> competency = new TableColumn<>(I18n.t("competency.column.competency"));
        Tables.bind(competency, Coverage.Row::competency);
        competency.setPrefWidth(200);
        coverageTable.getColumns().add(category);
        coverageTable.getColumns().add(competency);
        for (Tier t : c.tiers()) {
            coverageTable.getColumns().add(tierColumn(t));
        }
        coverageTable.getItems().setAll(c.rows());
    }

    private static TableColumn<Coverage.Row, Coverage.Cell> tierColumn(Tier t) {
        TableColumn<Coverage.Row, Coverage.Cell> col = new TableColumn<>(t.name());
        col.setPrefWidth(112);
        col.setSortable(false);
        col.setId("tier-" + t.id());
        Tables.bind(col, r -> r.cell(t));
        col.setCellFactory(x -> new TableCell<>() {
            @Override
            protected void updateItem(Coverage.Cell cell, boolean empty) {
                super.updateItem(cell, empty);
                getStyleClass().removeAll("coverage-gap", "coverage-covered");
                setTooltip(null);
                if (empty || cell == null) {
                    setText(null);
                    return;
                }
                setText(CoverageViewModel.cellText(cell));
                if (cell.gap()) {
                    getStyleClass().add("coverage-gap");
                } else if (cell.covered()) {
                    getStyleClass().add("coverage-covered");
                }
                setTooltip(new Tooltip(cell.covered() ? I18n.t("coverage.coveredBy", String.join("、", cell.courses()))
                        : I18n.t("coverage.noCourse")));
            }
        });
        return col;
    }

    public Node root() {
        return root;
    }
}
