package org.kenshu.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayRunTest {
    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    @Test
    void consecutiveDaysMakeOneRunAndAGapStartsAnother() {
        assertThat(DayRun.of(List.of(d(5, 12), d(5, 13), d(5, 14), d(5, 19), d(5, 31), d(6, 1))))
                .containsExactly(new DayRun(d(5, 12), d(5, 14)), new DayRun(d(5, 19), d(5, 19)),
                        new DayRun(d(5, 31), d(6, 1)));
    }

    @Test
    void noDaysNoRuns() {
        assertThat(DayRun.of(List.of())).isEmpty();
    }
}
