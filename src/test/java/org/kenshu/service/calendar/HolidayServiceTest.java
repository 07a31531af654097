package org.kenshu.service.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.service.RefusedException;
import org.kenshu.store.TestStore;

class HolidayServiceTest {
    @TempDir
    Path dir;
    TestStore store;
    HolidayService holidays;

    @BeforeEach
    void open() {
        store = new TestStore(dir.resolve("db"));
        holidays = new HolidayService(store.db, store.repos);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theBundledListIsLoadedTheFirstTimeHolidaysAreNeeded() {
        assertThat(store.repos.holidays.count()).isZero();
        assertThat(holidays.between(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)))
                .containsOnlyKeys(LocalDate.of(2026, 9, 21), LocalDate.of(2026, 9, 22), LocalDate.of(2026, 9, 23));
        assertThat(store.repos.holidays.count()).isGreaterThan(1000);
    }

    @Test
    void aNewerOfficialCopyReplacesTheListAndSaysWhatChanged() throws Exception {
        holidays.ensureLoaded();
        int before = store.repos.holidays.count();
        Path file = sjis("国民の祝日・休日月日,国民の祝日・休日名称\r\n2026/1/1,元日\r\n2026/1/12,成人の日（改）\r\n"
                + "2028/1/1,元日\r\n");
        HolidayImport result = holidays.importFile(file);
        assertThat(result.added()).isEqualTo(1);
        assertThat(result.changed()).isEqualTo(1);
        assertThat(result.removed()).isEqualTo(before - 2);
        assertThat(result.last()).isEqualTo(LocalDate.of(2028, 1, 1));
        assertThat(holidays.all()).hasSize(3);
        assertThat(store.repos.audit.latest(1).getFirst().entity()).isEqualTo("holiday");
    }

    @Test
    void aFileWithOneBadLineChangesNothing() throws Exception {
        holidays.ensureLoaded();
        int before = store.repos.holidays.count();
        Path file = sjis("国民の祝日・休日月日,国民の祝日・休日名称\r\n2028/1/1,元日\r\n2028/13/1,架空の日\r\n");
        assertThatThrownBy(() -> holidays.importFile(file)).isInstanceOf(RefusedException.class)
                .hasMessageContaining("3行目").hasMessageContaining("祝日は変わっていません");
        assertThat(store.repos.holidays.count()).isEqualTo(before);
    }

    @Test
    void theYearEndClosureWrapsTheNewYear() {
        var closure = new YearEndClosure(MonthDay.of(12, 29), MonthDay.of(1, 3));
        assertThat(closure.contains(LocalDate.of(2026, 12, 28))).isFalse();
        assertThat(closure.contains(LocalDate.of(2026, 12, 29))).isTrue();
        assertThat(closure.contains(LocalDate.of(2027, 1, 3))).isTrue();
        assertThat(closure.contains(LocalDate.of(2027, 1, 4))).isFalse();
    }

    private Path sjis(String text) throws Exception {
        return Files.write(dir.resolve("syukujitsu.csv"), text.getBytes(Charset.forName("windows-31j")));
    }
}
