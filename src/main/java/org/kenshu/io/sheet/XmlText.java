package org.kenshu.io.sheet;

/**
 * Excel escapes characters XML cannot carry (and some it can, such as CR) as {@code _xHHHH_} in
 * cell text; {@code _x005F_} escapes a literal underscore. Decoded here as POI does.
 */
final class XmlText {
    private XmlText() {
    }

    static String decode(CharSequence raw) {
        String s = raw.toString();
        int at = s.indexOf("_x");
        if (at < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int from = 0;
        while (at >= 0) {
            if (at + 7 <= s.length() && s.charAt(at + 6) == '_' && isHex(s, at + 2, at + 6)) {
                out.append(s, from, at).append((char) Integer.parseInt(s, at + 2, at + 6, 16));
                from = at + 7;
                at = s.indexOf("_x", from);
            } else {
                at = s.indexOf("_x", at + 1);
            }
        }
        return out.append(s, from, s.length()).toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
