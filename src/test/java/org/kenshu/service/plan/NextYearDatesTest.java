package org.kenshu.service.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kenshu.service.plan.PlanFixture.d;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NextYearDatesTest {
    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvSource(textBlock = """
            2025-05-13, 2026-05-12, the 2nd Tuesday of May stays the 2nd Tuesday
            2025-04-01, 2026-04-07, the 1st Tuesday of April
            2025-07-21, 2026-07-20, 3rd Monday of July (海の日 both years)
            2025-12-01, 2026-12-07, the 1st Monday of December
            2026-03-05, 2027-03-04, a March date of FY2025 lands in March of FY2026
            2025-09-29, 2026-09-28, a 5th Monday when the month has none becomes the last Monday
            2025-10-31, 2026-10-30, a 5th Friday when the month has none becomes the last Friday
            """)
    void aDayKeepsItsWeekdayAndItsWeekOfTheMonth(String from, String to, String why) {
        assertThat(NextYearDates.sameWeekday(d(from), 1)).isEqualTo(d(to));
        assertThat(d(to).getDayOfWeek()).isEqualTo(d(from).getDayOfWeek());
    }

    @Test
    void aTwoDaySessionStaysOnConsecutiveWeekdays() {
        assertThat(NextYearDates.sessionDays(List.of(d("2025-06-10"), d("2025-06-11")), 1))
                .containsExactly(d("2026-06-09"), d("2026-06-10"));
    }

    @Test
    void separateDaysKeepTheirDistance() {
        var mapped = NextYearDates.sessionDays(List.of(d("2025-06-04"), d("2025-06-11")), 1);
        assertThat(mapped).containsExactly(d("2026-06-03"), d("2026-06-10"));
        assertThat(mapped).allMatch(x -> x.getDayOfWeek() == DayOfWeek.WEDNESDAY);
    }

    @Test
    void copyingOverTwoYearsKeepsTheWeekdayToo() {
        assertThat(NextYearDates.sameWeekday(d("2024-05-14"), 2)).isEqualTo(d("2026-05-12"));
    }
}
