package org.kenshu.service.reports;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.function.Function;

/**
 * 五十音順: by reading in hiragana (katakana and half-width kana folded, spaces dropped), then by the
 * tie-breaker. Keys are made once per person, not per comparison (sorting 100,000 rows compares ~2 million times).
 */
final class Kana {
    private Kana() {
    }

    static String key(String kana, String fallback) {
        String s = kana == null || kana.isBlank() ? fallback : kana;
        if (s == null) {
            return "";
        }
        String nfkc = Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                continue;
            }
            out.append(c >= 'ァ' && c <= 'ヶ' ? (char) (c - 0x60) : c);
        }
        return out.toString();
    }

    /** Orders by the reading's key (computed once per element), then by {@code tieBreak}. */
    static <T> Comparator<T> order(Function<T, String> kana, Function<T, String> name, Function<T, String> tieBreak) {
        java.util.Map<T, String> keys = new java.util.IdentityHashMap<>();
        return Comparator.comparing((T t) -> keys.computeIfAbsent(t, x -> key(kana.apply(x), name.apply(x))))
                .thenComparing(tieBreak);
    }
}
