package org.kenshu.ui.common;

import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import org.kenshu.model.FiscalYear;
import org.kenshu.model.I18n;
import org.kenshu.service.imports.DateValues;

/**
 * Date fields that show dates as the organisation writes them (R8.4.1) and accept what officers
 * type: 2026/4/1, 2026-04-01, R8.4.1, 令和8年4月1日, or 4/1 within the selected fiscal year.
 */
public final class DatePickers {
    private DatePickers() {
    }

    public static void japanese(DatePicker picker, AppState state) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : state.shortDate(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                FiscalYear fy = FiscalYear.of(state.fiscalYear() == 0 ? LocalDate.now().getYear() : state.fiscalYear());
                LocalDate parsed = DateValues.parse(text, fy).orElse(null);
                if (parsed == null) {
                    // Not a date: keep the previous value and show it again, rather than fail the commit.
                    javafx.application.Platform.runLater(() -> picker.getEditor().setText(toString(picker.getValue())));
                    return picker.getValue();
                }
                return parsed;
            }
        });
        picker.setPromptText(I18n.t("form.datePrompt"));
        picker.setEditable(true);
    }
}
