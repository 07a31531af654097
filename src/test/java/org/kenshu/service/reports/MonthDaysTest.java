package org.kenshu.service.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Days in a month column of the year-at-a-glance: no month name, one date per line. */
class MonthDaysTest {
    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    @Test
    void aRangeAndASeparateDayEachOnTheirOwnLines() {
        assertThat(MonthDays.of(List.of(d(5, 12), d(5, 13), d(5, 19)), null)).isEqualTo("12(火)～\n13(水)・\n19(火)");
    }

    @Test
    void aDayInALaterMonthKeepsItsMonth() {
        assertThat(MonthDays.of(List.of(d(5, 28), d(6, 4)), null)).isEqualTo("28(木)・\n6/4(木)");
    }

    @Test
    void anElearningPeriodRunsToItsEnd() {
        assertThat(MonthDays.of(List.of(d(6, 1)), d(6, 30))).isEqualTo("1(月)～\n30(火)");
    }
}
