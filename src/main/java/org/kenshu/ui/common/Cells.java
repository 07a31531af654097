package org.kenshu.ui.common;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.util.StringConverter;

/** Lists and drop-downs of records shown by a text of their own (a department's full name, a tier's name). */
public final class Cells {
    private Cells() {
    }

    public static <T> void label(ComboBox<T> box, Function<T, String> text) {
        box.setCellFactory(l -> cell(text));
        box.setButtonCell(cell(text));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : text.apply(item);
            }

            @Override
            public T fromString(String string) {
                return box.getItems().stream().filter(i -> text.apply(i).equals(string)).findFirst().orElse(null);
            }
        });
    }

    public static <T> void label(ListView<T> list, Function<T, String> text) {
        list.setCellFactory(l -> cell(text));
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}
