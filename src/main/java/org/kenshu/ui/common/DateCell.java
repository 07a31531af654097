package org.kenshu.ui.common;

import java.time.LocalDate;
import javafx.scene.control.TableCell;

/** A table cell showing a date as the organisation writes it (R8.5.12). */
public final class DateCell<S> extends TableCell<S, LocalDate> {
    private final AppState state;

    public DateCell(AppState state) {
        this.state = state;
    }

    @Override
    protected void updateItem(LocalDate date, boolean empty) {
        super.updateItem(date, empty);
        setText(empty || date == null ? null : state.shortDate(date));
    }
}
