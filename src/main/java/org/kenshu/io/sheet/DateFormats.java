package org.kenshu.io.sheet;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Decides whether a number format shows a date or time. POI's {@link DateUtil#isADateFormat} misses
 * what Japanese Excel writes: era formats ({@code ggge"年"m"月"d"日"}, {@code ge.m.d}), weekday
 * {@code aaa}, {@code h"時"mm"分"}, and the built-in ids 27–36 and 50–58 whose codes are not stored
 * in the file (in ja-JP they are all dates or times). Elapsed-time formats such as {@code [h]:mm}
 * are durations, not dates: they are left to the number formatter (text "27:30").
 */
final class DateFormats {
    private DateFormats() {
    }

    static boolean isDate(int formatId, String code) {
        if (code != null && isElapsed(code)) {
            return false;
        }
        if (DateUtil.isInternalDateFormat(formatId)) {
            return true;
        }
        if ((formatId >= 27 && formatId <= 36) || (formatId >= 50 && formatId <= 58)) {
            if (code == null || code.startsWith("reserved")) {
                return true;
            }
        }
        if (code == null || code.isEmpty()) {
            return false;
        }
        return DateUtil.isADateFormat(formatId, code) || looksLikeJapaneseDate(code);
    }

    /** {@code [h]:mm}, {@code [mm]:ss}, {@code [s]}: a duration. */
    static boolean isElapsed(String code) {
        int n = code.length();
        for (int i = 0; i + 1 < n; i++) {
            if (code.charAt(i) == '[') {
                char c = Character.toLowerCase(code.charAt(i + 1));
                if (c == 'h' || c == 'm' || c == 's') {
                    int close = code.indexOf(']', i);
                    if (close > 0 && code.substring(i + 1, close).chars().allMatch(ch -> ch == c
                            || Character.toLowerCase(ch) == c)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The first section of {@code code}, with quoted text, escapes, padding and [brackets] removed,
     * holds date/time letters (y m d h s g e aaa) and no digit placeholders.
     */
    private static boolean looksLikeJapaneseDate(String code) {
        StringBuilder plain = new StringBuilder(code.length());
        int n = code.length();
        for (int i = 0; i < n; i++) {
            char ch = code.charAt(i);
            if (ch == ';') {
                break;
            } else if (ch == '"') {
                int close = code.indexOf('"', i + 1);
                i = close < 0 ? n : close;
            } else if (ch == '\\' || ch == '_' || ch == '*') {
                i++;
            } else if (ch == '[') {
                int close = code.indexOf(']', i + 1);
                i = close < 0 ? n : close;
            } else {
                plain.append(Character.toLowerCase(ch));
            }
        }
        String s = plain.toString();
        if (s.contains("general") || s.indexOf('0') >= 0 || s.indexOf('#') >= 0 || s.indexOf('?') >= 0
                || s.indexOf('@') >= 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == 'y' || ch == 'm' || ch == 'd' || ch == 'h' || ch == 's' || ch == 'g' || ch == 'e') {
                return true;
            }
        }
        return s.contains("aaa");
    }
}
