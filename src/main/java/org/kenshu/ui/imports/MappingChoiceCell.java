package org.kenshu.ui.imports;

import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import org.kenshu.model.I18n;

/** What a header is read as: a drop-down for the officer's headers, plain text for day columns and title values. */
final class MappingChoiceCell extends TableCell<MappingRow, ColumnChoice> {
    private final ComboBox<ColumnChoice> box = new ComboBox<>(FXCollections.observableArrayList(ColumnChoice.all()));
    private final ChangeListener<ColumnChoice> follow = (o, old, c) -> box.setValue(c);
    private MappingRow bound;

    MappingChoiceCell() {
        box.setCellFactory(l -> new ChoiceText());
        box.setButtonCell(new ChoiceText());
        box.setMaxWidth(Double.MAX_VALUE);
        box.getStyleClass().add("small");
        box.valueProperty().addListener((o, old, c) -> {
            if (bound != null && c != null && !c.equals(bound.choiceProperty().get())) {
                bound.choiceProperty().set(c);
            }
        });
    }

    @Override
    protected void updateItem(ColumnChoice item, boolean empty) {
        super.updateItem(item, empty);
        if (bound != null) {
            bound.choiceProperty().removeListener(follow);
        }
        bound = empty || getTableRow() == null ? null : getTableRow().getItem();
        if (bound == null) {
            setGraphic(null);
            setText(null);
        } else if (bound.fixed()) {
            setGraphic(null);
            setText(item == null ? I18n.t("imports.mapping.day") : item.label());
        } else {
            setText(null);
            box.setValue(item);
            bound.choiceProperty().addListener(follow);
            setGraphic(box);
        }
    }

    private static final class ChoiceText extends ListCell<ColumnChoice> {
        @Override
        protected void updateItem(ColumnChoice item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }
}
