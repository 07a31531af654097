package org.kenshu.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TextWidthTest {
    @Test
    void fullWidthCharactersCountTwiceAndHalfWidthOnce() {
        assertThat(TextWidth.of("研修")).isEqualTo(4.0);
        assertThat(TextWidth.of("12")).isEqualTo(2.2);
        assertThat(TextWidth.of("ｹﾝｼｭｳ")).isEqualTo(5.5);
        assertThat(TextWidth.of("○×※")).isEqualTo(6.0);
        assertThat(TextWidth.of("5月12日(火)")).isCloseTo(1.1 + 2 + 2.2 + 2 + 1.1 + 2 + 1.1, within(1e-9));
    }

    @Test
    void wrappingBreaksBetweenJapaneseCharactersButNotInsideLatinWords() {
        assertThat(TextWidth.wrap("新任係長級研修", 8)).containsExactly("新任係長", "級研修");
        assertThat(TextWidth.wrap("Excel 研修", 7)).containsExactly("Excel", "研修");
        assertThat(TextWidth.wrap("一行目\n二行目", 20)).containsExactly("一行目", "二行目");
    }

    @Test
    void noLineStartsWithAClosingBracketOrComma() {
        assertThat(TextWidth.wrap("市役所（本庁舎）", 14)).allSatisfy(l -> assertThat(l).doesNotStartWith("）"));
        assertThat(TextWidth.wrap("会議室、研修室", 6)).allSatisfy(l -> assertThat(l).doesNotStartWith("、"));
    }

    @Test
    void aColumnSizedForTextNeverWrapsIt() {
        for (String text : new String[] {"新規採用職員フォローアップ研修", "R8.5.12", "株式会社さくらデジタル研究所"}) {
            double width = Fonts.widthFor(TextWidth.of(text));
            assertThat(TextWidth.wrap(text, Fonts.wrapWidth(width))).as(text).hasSize(1);
        }
    }
}
