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
        if (isClean(s)) {
            return s; // most cells: NFKC would change nothing (and costs a copy per cell)
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        return SPACES.matcher(n).replaceAll(" ").strip();
    }

    /**
     * True when {@link #clean} would return {@code s} unchanged, judged cheaply: only printable
     * ASCII, hiragana, katakana, CJK ideographs and common Japanese punctuation (none of which NFKC
     * changes), and single ASCII spaces between other characters. Anything else takes the full path.
     */
    static boolean isClean(String s) {
        char previous = ' ';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean plain = (c > 0x20 && c < 0x7F) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3041 && c <= 0x3096)
                    || (c >= 0x30A1 && c <= 0x30FE) || (c >= 0x3001 && c <= 0x3007) || (c >= 0x300C && c <= 0x300F);
            if (c == ' ' ? previous == ' ' : !plain) {
                return false;
            }
            previous = c;
        }
        return previous != ' ' || s.isEmpty();
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
