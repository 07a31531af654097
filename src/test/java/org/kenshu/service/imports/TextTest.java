package org.kenshu.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shortcut that skips NFKC for plain text never skips text NFKC would change. */
class TextTest {
    @Test
    void theFastPathAgreesWithFullNormalisationOnEveryCharacterOfTheJapaneseRanges() {
        StringBuilder sample = new StringBuilder();
        for (char c = 0x20; c < 0xFFFF; c++) {
            if (!Character.isSurrogate(c)) {
                String s = "a" + c + "b";
                if (Text.isClean(s)) {
                    sample.append(c);
                    assertThat(Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]+", " ").strip())
                            .as("U+%04X", (int) c).isEqualTo(s);
                }
            }
        }
        assertThat(sample.toString()).contains("山", "田", "ア", "あ", "々", "ー", "A", "1");
    }

    @Test
    void randomNamesWithSpacesCleanTheSameEitherWay() {
        String alphabet = "山田 太郎　ﾔﾏﾀﾞ１２abc①㈱～-";
        Random random = new Random(1);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = random.nextInt(8); j >= 0; j--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String slow = Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]+", " ").strip();
            assertThat(Text.clean(s.toString())).as("「%s」", s).isEqualTo(slow);
        }
    }
}
