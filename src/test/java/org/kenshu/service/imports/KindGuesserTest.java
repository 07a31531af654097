package org.kenshu.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.FiscalYear;
import org.kenshu.model.ImportKind;

/** A dropped file's kind is guessed from its header, as the import wizard pre-selects it. */
class KindGuesserTest {
    @TempDir
    Path dir;

    private ImportKind guess(List<List<String>> rows) {
        FakeFiles fake = new FakeFiles(dir);
        Path file = fake.file("f.xlsx", rows);
        return new KindGuesser(fake, FiscalYear.of(2026)).guess(List.of(file)).orElse(null);
    }

    @Test
    void aRosterHasEmployeeNumbersWithTierOrDepartmentAndNoCourse() {
        assertThat(guess(List.of(List.of("職員番号", "氏名", "所属", "職層")))).isEqualTo(ImportKind.STAFF);
    }

    @Test
    void aPlanHasCourseAndDaysButNoEmployeeNumber() {
        assertThat(guess(List.of(List.of("令和8年度 研修計画"), List.of("研修名", "日程", "会場")))).isEqualTo(ImportKind.PLAN);
    }

    @Test
    void attendanceHasAMarkColumnOrDayColumns() {
        assertThat(guess(List.of(List.of("職員番号", "氏名", "研修名", "受講日", "出欠")))).isEqualTo(ImportKind.ATTENDANCE);
        assertThat(guess(List.of(List.of("令和8年度 新任係長研修 出欠表"), List.of("職員番号", "氏名", "5/12", "5/13"))))
                .isEqualTo(ImportKind.ATTENDANCE);
        // a sign-in sheet: 所属 but the course in the title and a 出欠 column
        assertThat(guess(List.of(List.of("令和8年度 接遇研修 出席簿"), List.of("No.", "職員番号", "氏名", "所属", "出欠"))))
                .isEqualTo(ImportKind.ATTENDANCE);
    }

    @Test
    void nominationsNamePeopleAndACourseWithoutMarks() {
        assertThat(guess(List.of(List.of("職員番号", "氏名", "所属", "研修名")))).isEqualTo(ImportKind.NOMINATIONS);
        assertThat(guess(List.of(List.of("令和8年度 新任係長研修 受講者名簿"), List.of("職員番号", "氏名", "所属"))))
                .isEqualTo(ImportKind.NOMINATIONS);
    }

    @Test
    void aFileWithoutAKnownHeaderHasNoGuess() {
        assertThat(guess(List.of(List.of("あ", "い"), List.of("1", "2")))).isNull();
    }
}
