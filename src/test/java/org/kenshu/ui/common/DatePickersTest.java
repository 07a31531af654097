package org.kenshu.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DatePicker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Date fields read what officers type and show 和暦; anything else keeps the date that was there. */
class DatePickersTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static LocalDate typed(String text, LocalDate before) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            AppState state = new AppState();
            state.fiscalYearProperty().set(2026);
            DatePicker picker = new DatePicker(before);
            DatePickers.japanese(picker, state);
            picker.getEditor().setText(text);
            picker.commitValue();
            return picker.getValue();
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void readsWesternEraAndMonthDayForms() throws Exception {
        assertThat(typed("2026/4/1", null)).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(typed("R8.10.1", null)).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(typed("令和8年12月28日", null)).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(typed("2/3", null)).as("February within fiscal 2026").isEqualTo(LocalDate.of(2027, 2, 3));
        assertThat(typed("", LocalDate.of(2026, 4, 1))).isNull();
    }

    @Test
    void somethingThatIsNotADateKeepsThePreviousDate() throws Exception {
        assertThat(typed("あした", LocalDate.of(2026, 4, 1))).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void showsTheDateAsTheOrganisationWritesIt() throws Exception {
        String shown = WaitForAsyncUtils.asyncFx(() -> {
            DatePicker picker = new DatePicker();
            DatePickers.japanese(picker, new AppState());
            return picker.getConverter().toString(LocalDate.of(2026, 5, 12));
        }).get(10, TimeUnit.SECONDS);
        assertThat(shown).isEqualTo("R8.5.12");
    }
}
