package org.kenshu.io.sheet;

/**
 * Parses a plain decimal integer straight from a character sequence, without the String and the
 * floating-point parser that {@code Double.parseDouble(sb.toString())} costs per cell. Most
 * numbers in sheets (indexes, ids, counts, date serials) are plain integers.
 */
final class Digits {
    private Digits() {
    }

    /**
     * The value of {@code s} when it is an optional minus and 1–15 digits (surrounding spaces
     * allowed), else {@code otherwise} (a fraction, an exponent, anything else).
     */
    static long parse(CharSequence s, long otherwise) {
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) == ' ') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == ' ') {
            to--;
        }
        boolean negative = from < to && s.charAt(from) == '-';
        if (negative) {
            from++;
        }
        if (from == to || to - from > 15) {
            return otherwise;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return otherwise;
            }
            value = value * 10 + (c - '0');
        }
        return negative ? -value : value;
    }
}
