package org.kenshu.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class FiscalYearTest {
    @Test
    void fiscalYearRunsFromAprilFirstToMarchThirtyFirst() {
        FiscalYear fy = FiscalYear.of(2026);
        assertThat(fy.start()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(fy.end()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(fy.contains(LocalDate.of(2027, 3, 31))).isTrue();
        assertThat(fy.contains(LocalDate.of(2027, 4, 1))).isFalse();
    }

    @Test
    void marchBelongsToThePreviousFiscalYear() {
        assertThat(FiscalYear.containing(LocalDate.of(2027, 3, 31)).year()).isEqualTo(2026);
        assertThat(FiscalYear.containing(LocalDate.of(2026, 4, 1)).year()).isEqualTo(2026);
    }

    @Test
    void monthDayAloneTakesItsYearFromTheFiscalYear() {
        FiscalYear fy = FiscalYear.of(2026);
        assertThat(fy.dateOf(MonthDay.of(5, 12))).isEqualTo(LocalDate.of(2026, 5, 12));
        assertThat(fy.dateOf(MonthDay.of(12, 31))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(fy.dateOf(MonthDay.of(1, 15))).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(fy.dateOf(MonthDay.of(3, 31))).isEqualTo(LocalDate.of(2027, 3, 31));
    }
}
