package org.kenshu.io.report;

import java.util.ArrayList;
import java.util.List;

/**
 * How wide text is in Excel's column unit (the width of a digit of the body font): half-width
 * characters count a little over one, full-width (and East Asian "ambiguous" symbols such as ○ × ※, which Japanese
 * fonts draw full-width) count two. Wrapping follows the same measure, so column widths, row heights
 * and the print preview agree.
 */
public final class TextWidth {
    private TextWidth() {
    }

    public static double of(String text) {
        if (text == null) {
            return 0;
        }
        double w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += of(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /** The widest line of {@code text} (lines split at line breaks). */
    public static double widestLine(String text) {
        double max = 0;
        for (String line : text.split("\n", -1)) {
            max = Math.max(max, of(line));
        }
        return max;
    }

    public static double of(int cp) {
        if (cp < 0x80) {
            // A digit of ＭＳ Ｐゴシック is one unit; other programs' fallback fonts (Noto Sans CJK) draw Latin
            // text about a tenth wider, capitals and a few symbols wider still.
            return Character.isUpperCase(cp) || cp == '@' || cp == '%' || cp == '&' || cp == 'm' || cp == 'w'
                    ? 1.3 : 1.1;
        }
        return isWide(cp) ? 2.0 : 1.1;
    }

    static boolean isWide(int cp) {
        if (cp >= 0xFF61 && cp <= 0xFF9F) {
            return false; // half-width katakana
        }
        return (cp >= 0x1100 && cp <= 0x115F) || cp == 0xB7 || cp == 0xD7 || cp == 0xF7
                || (cp >= 0x2010 && cp <= 0x2312) || (cp >= 0x2460 && cp <= 0x27BF)
                || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || cp >= 0x20000;
    }

    /**
     * {@code text} broken into lines no wider than {@code maxWidth}: at line breaks, then greedily, between
     * any two Japanese characters but not inside a run of Latin letters or digits when avoidable.
     */
    public static List<String> wrap(String text, double maxWidth) {
        if (text.indexOf('\n') < 0 && of(text) <= maxWidth) {
            return List.of(text);
        }
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph, maxWidth, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String text, double maxWidth, List<String> lines) {
        int start = 0;
        while (start < text.length()) {
            double w = 0;
            int i = start;
            int lastBreak = -1;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                double cw = of(cp);
                if (w + cw > maxWidth && i > start) {
                    break;
                }
                w += cw;
                i += Character.charCount(cp);
                if (i < text.length() && breakableAfter(cp, text.codePointAt(i))) {
                    lastBreak = i;
                }
            }
            int end = i;
            if (i < text.length() && !breakableAfter(text.codePointBefore(i), text.codePointAt(i))
                    && lastBreak > start) {
                end = lastBreak;
            }
            lines.add(text.substring(start, end).stripTrailing());
            start = end;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
        }
        if (text.isEmpty()) {
            lines.add("");
        }
    }

    private static boolean breakableAfter(int before, int after) {
        boolean latinBefore = before < 0x80 && Character.isLetterOrDigit(before);
        boolean latinAfter = after < 0x80 && Character.isLetterOrDigit(after);
        if (latinBefore && latinAfter) {
            return false;
        }
        // 行頭禁則: no line starts with a closing bracket or a comma/period.
        return "、。，．）」』】〕）,.)・ー々ゝゞ".indexOf(after) < 0;
    }
}
