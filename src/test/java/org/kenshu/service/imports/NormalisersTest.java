package org.kenshu.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kenshu.io.sheet.Cell;
import org.kenshu.model.AttendanceMark;
import org.kenshu.model.FiscalYear;
import org.kenshu.model.Tier;
import org.kenshu.model.TierAlias;

class NormalisersTest {
    @Test
    void namesMatchWhateverSpaceSeparatesFamilyAndGivenName() {
        assertThat(Text.key("山田　太郎")).isEqualTo(Text.key("山田 太郎")).isEqualTo(Text.key("山田太郎"));
        assertThat(Text.clean(" 山田\u3000\u3000太郎 ")).isEqualTo("山田 太郎");
        assertThat(Text.kanaKey("やまだ たろう")).isEqualTo(Text.kanaKey("ヤマダ タロウ"));
        assertThat(Text.key("ﾔﾏﾀﾞ")).isEqualTo("ヤマダ");
    }

    @Test
    void employeeNumbersMatchAsTheRosterStoresThem() {
        var numbers = new EmployeeNumbers(Map.of("00123", 1L, "04567", 2L));
        assertThat(EmployeeNumbers.normalise(new Cell("123", 123.0, null))).isEqualTo("123");
        assertThat(numbers.find("123")).isEqualTo(1L);
        assertThat(numbers.find("００１２３")).isNull(); // normalise first, as the pipeline does
        assertThat(numbers.find(EmployeeNumbers.normalise(Cell.text("００１２３")))).isEqualTo(1L);
        assertThat(numbers.canonical("99")).isEqualTo("00099");
    }

    @Test
    void numbersOfMixedWidthAreNeverPadded() {
        var numbers = new EmployeeNumbers(Map.of("123", 1L, "A-7", 2L));
        assertThat(numbers.canonical("7")).isEqualTo("7");
        assertThat(numbers.find("0123")).isNull();
    }

    @Test
    void marksOfSignInSheetsAreRecognised() {
        var marks = new Marks(null);
        assertThat(marks.parse("出席")).contains(AttendanceMark.PRESENT);
        assertThat(marks.parse("○")).contains(AttendanceMark.PRESENT);
        assertThat(marks.parse("◯")).contains(AttendanceMark.PRESENT);
        assertThat(marks.parse("１")).contains(AttendanceMark.PRESENT);
        assertThat(marks.parse("✓")).contains(AttendanceMark.PRESENT);
        assertThat(marks.parse("済")).contains(AttendanceMark.PRESENT);
        assertThat(marks.parse("欠")).contains(AttendanceMark.ABSENT);
        assertThat(marks.parse("×")).contains(AttendanceMark.ABSENT);
        assertThat(marks.parse("0")).contains(AttendanceMark.ABSENT);
        assertThat(marks.parse("遅刻")).contains(AttendanceMark.LATE);
        assertThat(marks.parse("早退")).contains(AttendanceMark.LEFT_EARLY);
        assertThat(marks.parse("免除")).contains(AttendanceMark.EXEMPT);
        assertThat(marks.parse("△")).isEmpty();
        assertThat(new Marks(AttendanceMark.LATE).parse("△")).contains(AttendanceMark.LATE);
        assertThat(marks.parse("たぶん")).isEmpty();
    }

    @Test
    void tiersMatchTolerantlyButNeverAmbiguously() {
        var tiers = new TierIndex(List.of(tier(1, "SHUJI", "主事・主事補級"), tier(2, "SHUNIN", "主任級"),
                tier(3, "SHUSA", "副主幹・主査級"), tier(5, "KACHO", "課長級"), tier(6, "JICHO", "次長級")),
                List.of(new TierAlias(1, 2, "主任主事", 0)));
        assertThat(tiers.find("主任").map(Tier::code)).contains("SHUNIN");
        assertThat(tiers.find("主任級").map(Tier::code)).contains("SHUNIN");
        assertThat(tiers.find("主任主事").map(Tier::code)).contains("SHUNIN");
        assertThat(tiers.find("主事補").map(Tier::code)).contains("SHUJI");
        assertThat(tiers.find("主査").map(Tier::code)).contains("SHUSA");
        assertThat(tiers.find("ｶﾁｮｳ")).isEmpty();
        List<String> unknown = new ArrayList<>();
        assertThat(tiers.findAll("主事・主事補級、主任級", unknown)).extracting(Tier::code).containsExactly("SHUJI", "SHUNIN");
        assertThat(tiers.findAll("課長級・次長級", unknown)).extracting(Tier::code).containsExactly("KACHO", "JICHO");
        assertThat(tiers.findAll("課長級、部長級", unknown)).isNull();
        assertThat(unknown).containsExactly("部長級");
    }

    @Test
    void sessionDaysAreOneDayARangeOrSeparateDays() {
        FiscalYear fy = FiscalYear.of(2026);
        assertThat(DaySpec.parse("5/12", fy)).contains(List.of(LocalDate.of(2026, 5, 12)));
        assertThat(DaySpec.parse("5/12～5/14", fy)).contains(
                List.of(LocalDate.of(2026, 5, 12), LocalDate.of(2026, 5, 13), LocalDate.of(2026, 5, 14)));
        assertThat(DaySpec.parse("5月12日〜13日", fy)).contains(
                List.of(LocalDate.of(2026, 5, 12), LocalDate.of(2026, 5, 13)));
        assertThat(DaySpec.parse("6/3、6/10", fy)).contains(List.of(LocalDate.of(2026, 6, 3), LocalDate.of(2026, 6, 10)));
        assertThat(DaySpec.parse("2/1～1/31", fy)).isEmpty();
        assertThat(DaySpec.parse("いつか", fy)).isEmpty();
    }

    @Test
    void courseNamesMatchWithoutRoundOrRemarks() {
        assertThat(CourseIndex.withoutRound("接遇研修 第2回")).isEqualTo("接遇研修");
        assertThat(CourseIndex.round("接遇研修（第3回）")).isEqualTo(3);
    }

    private static Tier tier(int rank, String code, String name) {
        return new Tier(rank, code, name, rank, null, null, false, 0);
    }
}
