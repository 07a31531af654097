package org.kenshu.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Callback;

/** Small helpers for read-only tables of records. */
public final class Tables {
    private Tables() {
    }

    /** A column showing {@code value} of each row. */
    public static <S, T> void bind(TableColumn<S, T> column, Function<S, T> value) {
        column.setCellValueFactory(cellValue(value));
    }

    public static <S, T> Callback<TableColumn.CellDataFeatures<S, T>, ObservableValue<T>> cellValue(
            Function<S, T> value) {
        return features -> new ReadOnlyObjectWrapper<>(value.apply(features.getValue()));
    }

    /** What an empty table says: what to do next, not just "no content". */
    public static void emptyText(TableView<?> table, String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(520);
        label.getStyleClass().add("empty-state");
        table.setPlaceholder(label);
    }
}
