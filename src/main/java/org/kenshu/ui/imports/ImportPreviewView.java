package org.kenshu.ui.imports;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.kenshu.model.I18n;
import org.kenshu.ui.common.Tables;
import org.kenshu.ui.common.ViewLoader;

/** The preview step: headline and counts, and tabs for the problems, the column mapping and the conflicts. */
final class ImportPreviewView {
    private final ImportPreviewModel vm;
    private final Parent root;

    @FXML
    private Label headlineLabel;
    @FXML
    private Label countsLabel;
    @FXML
    private TabPane tabs;
    @FXML
    private Tab problemsTab;
    @FXML
    private Tab conflictsTab;
    @FXML
    private Label cappedLabel;
    @FXML
    private TableView<ProblemRow> problemTable;
    @FXML
    private TableColumn<ProblemRow, String> severityColumn;
    @FXML
    private TableColumn<ProblemRow, String> fileColumn;
    @FXML
    private TableColumn<ProblemRow, String> sheetColumn;
    @FXML
    private TableColumn<ProblemRow, String> rowColumn;
    @FXML
    private TableColumn<ProblemRow, String> columnColumn;
    @FXML
    private TableColumn<ProblemRow, String> messageColumn;
    @FXML
    private TableColumn<ProblemRow, String> candidatesColumn;
    @FXML
    private TableView<MappingRow> mappingTable;
    @FXML
    private TableColumn<MappingRow, String> placeColumn;
    @FXML
    private TableColumn<MappingRow, String> headerColumn;
    @FXML
    private TableColumn<MappingRow, ColumnChoice> choiceColumn;
    @FXML
    private Button allKeepButton;
    @FXML
    private Button allOverwriteButton;
    @FXML
    private TableView<ConflictRow> conflictTable;
    @FXML
    private TableColumn<ConflictRow, String> conflictPlaceColumn;
    @FXML
    private TableColumn<ConflictRow, String> subjectColumn;
    @FXML
    private TableColumn<ConflictRow, String> storedColumn;
    @FXML
    private TableColumn<ConflictRow, String> incomingColumn;
    @FXML
    private TableColumn<ConflictRow, ConflictRow.Decision> decisionColumn;

    ImportPreviewView(ImportPreviewModel vm) {
        this.vm = vm;
        this.root = ViewLoader.load(this);
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        headlineLabel.textProperty().bind(vm.headlineProperty());
        countsLabel.textProperty().bind(vm.countsProperty());
        problems();
        mapping();
        conflicts();
        problemsTab.textProperty().bind(vm.problemsTitleProperty());
        cappedLabel.textProperty().bind(vm.cappedNoteProperty());
        cappedLabel.visibleProperty().bind(vm.cappedNoteProperty().isNotEmpty());
        cappedLabel.managedProperty().bind(cappedLabel.visibleProperty());
        conflictsTab.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.t("imports.conflict.tab", vm.conflicts().size()), vm.conflicts()));
        // open on what needs attention: the problems, else the conflicts
        vm.resultProperty().addListener((o, old, r) -> tabs.getSelectionModel().select(
                r != null && r.errors().isEmpty() && !r.conflicts().isEmpty() ? conflictsTab : problemsTab));
    }

    private void problems() {
        Tables.bind(severityColumn, ProblemRow::severity);
        Tables.bind(fileColumn, ProblemRow::file);
        Tables.bind(sheetColumn, ProblemRow::sheet);
        Tables.bind(rowColumn, ProblemRow::row);
        Tables.bind(columnColumn, ProblemRow::column);
        Tables.bind(messageColumn, ProblemRow::message);
        Tables.bind(candidatesColumn, ProblemRow::candidates);
        messageColumn.setCellFactory(c -> new WrappingCell<>());
        candidatesColumn.setCellFactory(c -> new WrappingCell<>());
        severityColumn.setCellFactory(c -> new SeverityCell());
        problemTable.setItems(vm.problems());
        Tables.emptyText(problemTable, I18n.t("imports.problem.empty"));
    }

    private void mapping() {
        Tables.bind(placeColumn, MappingRow::place);
        Tables.bind(headerColumn, MappingRow::header);
        choiceColumn.setCellValueFactory(f -> f.getValue().choiceProperty());
        choiceColumn.setCellFactory(c -> new MappingChoiceCell());
        mappingTable.setItems(vm.mappings());
        Tables.emptyText(mappingTable, I18n.t("imports.mapping.empty"));
    }

    private void conflicts() {
        Tables.bind(conflictPlaceColumn, ConflictRow::place);
        Tables.bind(subjectColumn, r -> r.conflict().subject());
        Tables.bind(storedColumn, r -> r.conflict().stored());
        Tables.bind(incomingColumn, r -> r.conflict().incoming());
        decisionColumn.setCellValueFactory(f -> f.getValue().decisionProperty());
        decisionColumn.setCellFactory(c -> new DecisionCell());
        conflictTable.setItems(vm.conflicts());
        Tables.emptyText(conflictTable, I18n.t("imports.conflict.empty"));
        allKeepButton.setOnAction(e -> vm.decideAll(ConflictRow.Decision.KEEP));
        allOverwriteButton.setOnAction(e -> vm.decideAll(ConflictRow.Decision.OVERWRITE));
        allKeepButton.disableProperty().bind(Bindings.isEmpty(vm.conflicts()));
        allOverwriteButton.disableProperty().bind(Bindings.isEmpty(vm.conflicts()));
    }

    /** Long Japanese messages wrap within the column (the row grows) instead of being cut off with 「…」. */
    private static class WrappingCell<S> extends TableCell<S, String> {
        private final javafx.scene.text.Text text = new javafx.scene.text.Text();

        WrappingCell() {
            text.getStyleClass().add("wrapping-cell-text");
            getStyleClass().add("wrapping-cell");
            tableColumnProperty().addListener((o, old, column) -> {
                if (column != null) {
                    text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
                }
            });
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setGraphic(empty ? null : text);
            setText(null);
        }
    }

    /** 「誤り」 in the danger colour, 「注意」 plain. */
    private static final class SeverityCell extends TableCell<ProblemRow, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            getStyleClass().remove("problem-error");
            ProblemRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (row != null && row.error()) {
                getStyleClass().add("problem-error");
            }
        }
    }
}
