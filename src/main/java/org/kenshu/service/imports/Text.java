package org.kenshu.service.imports;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text as officers type it, made comparable: NFKC (full-width letters and digits → ASCII,
 * half-width kana → full-width), one kind of space, and keys without spaces for matching.
 */
public final class Text {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

    private Text() {
    }

    /** NFKC, trimmed, runs of spaces (any width) as one ASCII space; null stays null. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        return SPACES.matcher(n).replaceAll(" ").strip();
    }

    /** {@link #clean} without any spaces: the key two spellings of one name share. */
    public static String key(String s) {
        String c = clean(s);
        return c == null ? "" : c.replace(" ", "");
    }

    /** Katakana key of a reading: hiragana → katakana, no spaces. */
    public static String kanaKey(String s) {
        String k = key(s);
        StringBuilder b = new StringBuilder(k.length());
        for (char ch : k.toCharArray()) {
            b.append(ch >= 'ぁ' && ch <= 'ゖ' ? (char) (ch + ('ァ' - 'ぁ')) : ch);
        }
        return b.toString();
    }

    public static boolean isBlank(String s) {
        return s == null || clean(s).isEmpty();
    }
}
