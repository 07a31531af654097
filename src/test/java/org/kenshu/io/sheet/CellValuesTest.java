package org.kenshu.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The small conversions every reader relies on. */
class CellValuesTest {
    @Test
    void showsGeneralNumbersAsExcelDoesWithoutTrailingZeros() {
        assertThat(NumericCells.generalText(123)).isEqualTo("123");
        assertThat(NumericCells.generalText(-4)).isEqualTo("-4");
        assertThat(NumericCells.generalText(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(NumericCells.generalText(3.5)).isEqualTo("3.5");
        assertThat(NumericCells.generalText(1234567890123.0)).isEqualTo("1234567890123");
        assertThat(NumericCells.generalText(1e20)).isEqualTo("1E+20");
    }

    @Test
    void recognisesJapaneseDateFormatsThatPoiMisses() {
        assertThat(DateFormats.isDate(176, "[$-411]ggge\"年\"m\"月\"d\"日\"")).isTrue();
        assertThat(DateFormats.isDate(177, "ge.m.d")).isTrue();
        assertThat(DateFormats.isDate(178, "m/d(aaa)")).isTrue();
        assertThat(DateFormats.isDate(179, "h\"時\"mm\"分\"")).isTrue();
        assertThat(DateFormats.isDate(31, null)).isTrue(); // built-in yyyy"年"m"月"d"日" of ja-JP Excel
        assertThat(DateFormats.isDate(57, null)).isTrue();
        assertThat(DateFormats.isDate(14, "m/d/yy")).isTrue();
    }

    @Test
    void doesNotTakeNumbersTextOrDurationsForDates() {
        assertThat(DateFormats.isDate(0, "General")).isFalse();
        assertThat(DateFormats.isDate(180, "00000")).isFalse();
        assertThat(DateFormats.isDate(181, "#,##0\"円\"")).isFalse();
        assertThat(DateFormats.isDate(49, "@")).isFalse();
        assertThat(DateFormats.isDate(182, "0.00E+00")).isFalse();
        assertThat(DateFormats.isDate(46, "[h]:mm:ss")).isFalse();
        assertThat(DateFormats.isDate(183, "[Red]0.0")).isFalse();
    }

    @Test
    void givesDatesAnIsoLikeTextWhateverTheirDisplayFormat() {
        NumericCells cells = new NumericCells(false);
        NumberFormat era = NumberFormat.of(176, "[$-411]ggge\"年\"m\"月\"d\"日\"");
        assertThat(cells.cell(46154, era)).isEqualTo(new Cell("2026-05-12", 46154.0, LocalDateTime.of(2026, 5, 12, 0, 0)));
        assertThat(cells.cell(46154.5, era).text()).isEqualTo("2026-05-12 12:00");
        assertThat(cells.cell(0.3958333333333333, NumberFormat.of(20, "h:mm")).text()).isEqualTo("09:30");
        assertThat(cells.cell(46154, NumberFormat.GENERAL)).isEqualTo(new Cell("46154", 46154.0, null));
    }

    @Test
    void formatsOtherNumbersAsShown() {
        NumericCells cells = new NumericCells(false);
        assertThat(cells.cell(123, NumberFormat.of(180, "00000")).text()).isEqualTo("00123");
        assertThat(cells.cell(1.5, NumberFormat.of(46, "[h]:mm:ss")).text()).isEqualTo("36:00:00");
        assertThat(cells.cell(1234567, NumberFormat.of(3, null)).text()).isEqualTo("1,234,567");
    }

    @Test
    void parsesPlainIntegersAndDeclinesEverythingElse() {
        assertThat(Digits.parse("46154", -1)).isEqualTo(46154);
        assertThat(Digits.parse(" -12 ", -1)).isEqualTo(-12);
        assertThat(Digits.parse("3.5", -1)).isEqualTo(-1);
        assertThat(Digits.parse("1E3", -1)).isEqualTo(-1);
        assertThat(Digits.parse("", -1)).isEqualTo(-1);
        assertThat(Digits.parse("1234567890123456", -1)).isEqualTo(-1);
    }

    @Test
    void readsCellReferencesAndRanges() {
        assertThat(CellRefs.column("A1")).isZero();
        assertThat(CellRefs.column("AB12")).isEqualTo(27);
        assertThat(CellRefs.column("$XFD$1048576")).isEqualTo(16_383);
        assertThat(CellRefs.region("B3:A1")).isEqualTo(new MergedRegion(1, 3, 0, 1));
        assertThat(CellRefs.region("C7")).isEqualTo(new MergedRegion(7, 7, 2, 2));
        assertThat(CellRefs.region("nonsense")).isNull();
    }

    @Test
    void decodesExcelCharacterEscapes() {
        assertThat(XmlText.decode("a_x000D_b")).isEqualTo("a\rb");
        assertThat(XmlText.decode("_x005F_x000D_")).isEqualTo("_x000D_");
        assertThat(XmlText.decode("file_x_name")).isEqualTo("file_x_name");
    }
}
