package org.kenshu.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.kenshu.io.sheet.Cell;
import org.kenshu.model.FiscalYear;

class DateValuesTest {
    private static final FiscalYear FY2026 = FiscalYear.of(2026);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-05-12        | 2026-05-12
            2026/5/12         | 2026-05-12
            ２０２６／５／１２    | 2026-05-12
            2026年5月12日      | 2026-05-12
            R8.5.12           | 2026-05-12
            R8/5/12           | 2026-05-12
            r8.5.12           | 2026-05-12
            令和8年5月12日      | 2026-05-12
            令和８年５月１２日    | 2026-05-12
            令和元年5月1日      | 2019-05-01
            H31.4.30          | 2019-04-30
            平成31年5月1日      | 2019-05-01
            S64.1.7           | 1989-01-07
            5/12              | 2026-05-12
            5月12日(火)        | 2026-05-12
            1/15              | 2027-01-15
            3月31日            | 2027-03-31
            """)
    void readsEveryWrittenForm(String text, LocalDate expected) {
        assertThat(DateValues.parse(text, FY2026)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"abc", "2026/13/1", "R8.2.30", "12", "''"})
    void rejectsWhatIsNotADate(String text) {
        assertThat(DateValues.parse(text, FY2026)).isEmpty();
    }

    @Test
    void monthDayAloneNeedsAFiscalYear() {
        assertThat(DateValues.parse("5/12", null)).isEmpty();
    }

    @Test
    void excelSerialsFollowTheWorkbookDateSystem() {
        // 46154 is 2026-05-12 in the 1900 system; the 1904 system counts 1462 days fewer.
        assertThat(DateValues.parse(new Cell("46154", 46154.0, null), false, null)).contains(LocalDate.of(2026, 5, 12));
        assertThat(DateValues.parse(new Cell("44692", 44692.0, null), true, null)).contains(LocalDate.of(2026, 5, 12));
        assertThat(DateValues.fromSerial(61, false)).contains(LocalDate.of(1900, 3, 1));
        assertThat(DateValues.fromSerial(1, false)).contains(LocalDate.of(1900, 1, 1));
        assertThat(DateValues.fromSerial(1.5, false)).isEmpty();
    }

    @Test
    void dateCellsAreTakenAsTheyAre() {
        Cell c = new Cell("2026-05-12", 46154.0, LocalDateTime.of(2026, 5, 12, 0, 0));
        assertThat(DateValues.parse(c, true, null)).contains(LocalDate.of(2026, 5, 12));
    }
}
