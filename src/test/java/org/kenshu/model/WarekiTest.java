package org.kenshu.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WarekiTest {
    @Test
    void fiscalYearIsWrittenInTheJapaneseEraByDefault() {
        assertThat(Wareki.fiscalYear(2026, EraDisplay.JAPANESE)).isEqualTo("令和8年度");
        assertThat(Wareki.fiscalYearWithWestern(2026, EraDisplay.JAPANESE)).isEqualTo("令和8年度 (2026)");
        assertThat(Wareki.fiscalYear(2026, EraDisplay.WESTERN)).isEqualTo("2026年度");
    }

    @Test
    void firstYearOfAnEraIsGannen() {
        assertThat(Wareki.longDate(LocalDate.of(2019, 5, 1), EraDisplay.JAPANESE)).isEqualTo("令和元年5月1日");
        assertThat(Wareki.fiscalYear(2019, EraDisplay.JAPANESE)).isEqualTo("平成31年度");
    }

    @Test
    void datesHaveLongShortAndWeekdayForms() {
        LocalDate d = LocalDate.of(2026, 5, 12);
        assertThat(Wareki.longDate(d, EraDisplay.JAPANESE)).isEqualTo("令和8年5月12日");
        assertThat(Wareki.shortDate(d, EraDisplay.JAPANESE)).isEqualTo("R8.5.12");
        assertThat(Wareki.shortDate(d, EraDisplay.WESTERN)).isEqualTo("2026/05/12");
        assertThat(Wareki.monthDayWithWeekday(d)).isEqualTo("5月12日(火)");
        assertThat(Wareki.shortDate(LocalDate.of(2019, 4, 30), EraDisplay.JAPANESE)).isEqualTo("H31.4.30");
        assertThat(Wareki.shortDate(LocalDate.of(1, 4, 1), EraDisplay.JAPANESE)).as("before Meiji: western")
                .isEqualTo("1/04/01");
    }

    @Test
    void sessionDaysAreWrittenAsRangesAndLists() {
        LocalDate may12 = LocalDate.of(2026, 5, 12);
        assertThat(Wareki.sessionDays(java.util.List.of(may12, may12.plusDays(1), may12.plusDays(2)), null))
                .isEqualTo("5月12日(火)～14日(木)");
        assertThat(Wareki.sessionDays(java.util.List.of(LocalDate.of(2026, 6, 3), LocalDate.of(2026, 6, 10)), null))
                .isEqualTo("6月3日(水)・6月10日(水)");
        assertThat(Wareki.sessionDays(java.util.List.of(LocalDate.of(2026, 6, 1)), LocalDate.of(2026, 6, 30)))
                .isEqualTo("6月1日(月)～6月30日(火)");
        assertThat(Wareki.sessionDays(java.util.List.of(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 1)), null))
                .isEqualTo("3月31日(火)～4月1日(水)");
    }
}
