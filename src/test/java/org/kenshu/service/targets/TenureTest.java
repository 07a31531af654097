package org.kenshu.service.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenureTest {
    @ParameterizedTest(name = "hired {0}, on {1}: {2} completed years")
    @CsvSource(textBlock = """
            2026-04-01, 2026-04-01, 0
            2025-04-02, 2026-04-01, 0
            2025-04-01, 2026-04-01, 1
            2023-04-02, 2026-04-01, 2
            2023-04-01, 2026-04-01, 3
            2019-10-01, 2026-04-01, 6
            2026-05-01, 2026-04-01, 0
            2024-02-29, 2025-02-28, 0
            2024-02-29, 2025-03-01, 1
            """)
    void yearsOfServiceAreCompletedWholeYearsOnTheReferenceDate(LocalDate hired, LocalDate on, int years) {
        assertThat(Tenure.completedYears(hired, on)).isEqualTo(years);
    }

    @ParameterizedTest(name = "unknown hire date")
    @CsvSource("2026-04-01")
    void anUnknownHireDateHasNoYears(LocalDate on) {
        assertThat(Tenure.completedYears(null, on)).isEqualTo(-1);
    }
}
