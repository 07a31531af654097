package org.kenshu.service.reports;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.function.Function;

/** 五十音順: by reading in hiragana (katakana and half-width kana folded), then by the tie-breaker. */
final class Kana {
    private Kana() {
    }

    static String key(String kana, String fallback) {
        String s = kana == null || kana.isBlank() ? fallback : kana;
        if (s == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\\s\u3000]", "");
        StringBuilder out = new StringBuilder(nfkc.length());
        for (char c : nfkc.toCharArray()) {
            out.append(c >= 'ァ' && c <= 'ヶ' ? (char) (c - 0x60) : c);
        }
        return out.toString();
    }

    static <T> Comparator<T> order(Function<T, String> kana, Function<T, String> name, Function<T, String> tieBreak) {
        return Comparator.comparing((T t) -> key(kana.apply(t), name.apply(t))).thenComparing(tieBreak);
    }
}
