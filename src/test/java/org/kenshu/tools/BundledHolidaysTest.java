package org.kenshu.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kenshu.io.holiday.SyukujitsuCsv;
import org.kenshu.model.Holiday;

/**
 * The bundled syukujitsu.csv: exactly what {@link SyukujitsuGenerator} writes from the holiday law, and
 * right on dates everyone knows — including 振替休日, 国民の休日 and the one-off days.
 */
class BundledHolidaysTest {
    static byte[] bundled;
    static Map<LocalDate, String> days;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = BundledHolidaysTest.class.getResourceAsStream("/org/kenshu/holidays/syukujitsu.csv")) {
            bundled = in.readAllBytes();
        }
        days = SyukujitsuCsv.parse(bundled, "test").stream().collect(Collectors.toMap(Holiday::date, Holiday::name));
    }

    @Test
    void theBundledFileIsWhatTheGeneratorWrites() {
        assertThat(bundled).isEqualTo(SyukujitsuGenerator.render());
    }

    @Test
    void itCoversEveryYearFrom1955To2027() {
        assertThat(days.keySet().stream().map(LocalDate::getYear).distinct().sorted().toList())
                .hasSize(2027 - 1955 + 1).startsWith(1955).endsWith(2027);
        assertThat(days).containsEntry(LocalDate.of(1955, 1, 1), "元日");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1959-04-10 | 結婚の儀
            1966-10-10 | 体育の日
            1973-04-30 | 休日
            1988-05-04 | 休日
            1989-02-24 | 大喪の礼
            1989-04-29 | みどりの日
            1989-12-23 | 天皇誕生日
            1990-11-12 | 即位礼正殿の儀
            1993-06-09 | 結婚の儀
            1996-07-20 | 海の日
            1999-01-15 | 成人の日
            2000-01-10 | 成人の日
            2003-07-21 | 海の日
            2003-09-15 | 敬老の日
            2007-04-29 | 昭和の日
            2008-05-06 | 休日
            2009-09-22 | 休日
            2015-09-22 | 休日
            2016-08-11 | 山の日
            2019-04-30 | 休日
            2019-05-01 | 休日（祝日扱い）
            2019-05-02 | 休日
            2019-10-14 | 体育の日（スポーツの日）
            2019-10-22 | 休日（祝日扱い）
            2020-02-24 | 休日
            2020-07-23 | 海の日
            2020-07-24 | スポーツの日
            2020-08-10 | 山の日
            2021-07-22 | 海の日
            2021-07-23 | スポーツの日
            2021-08-08 | 山の日
            2021-08-09 | 休日
            2024-02-12 | 休日
            2024-09-23 | 休日
            2025-03-20 | 春分の日
            2025-09-23 | 秋分の日
            2026-05-06 | 休日
            2026-09-22 | 休日
            2026-10-12 | スポーツの日
            2027-03-21 | 春分の日
            2027-03-22 | 休日
            """)
    void knownHolidaysAreListedUnderTheirOfficialNames(LocalDate date, String name) {
        assertThat(days).containsEntry(date, name);
    }

    @ParameterizedTest(name = "{0} is a working day")
    @CsvSource(textBlock = """
            1964-10-10
            1972-04-30
            1986-05-04
            2000-01-15
            2015-08-11
            2019-12-23
            2020-10-12
            2021-07-19
            2021-10-11
            2020-12-23
            """)
    void daysThatWereMovedOrAbolishedAreNotListed(LocalDate date) {
        assertThat(days).doesNotContainKey(date);
    }

    @Test
    void theYear2024HasItsTwentyOneDays() {
        assertThat(days.keySet().stream().filter(d -> d.getYear() == 2024)).hasSize(21);
    }
}
