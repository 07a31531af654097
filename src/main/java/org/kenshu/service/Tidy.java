package org.kenshu.service;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an officer typed, tidied for storing without changing how it is written: spaces (half- or
 * full-width) trimmed at both ends and runs of them shortened to one, blank to null. Comparison keys
 * (NFKC, no spaces) are {@code imports.Text.key}; stored text keeps its full-width brackets and digits.
 */
public final class Tidy {
    private static final Pattern RUN = Pattern.compile("[\\s\\u3000]{2,}");
    private static final Pattern ENDS = Pattern.compile("^[\\s\\u3000]+|[\\s\\u3000]+$");

    private Tidy() {
    }

    public static String text(String s) {
        if (s == null) {
            return null;
        }
        String t = ENDS.matcher(s).replaceAll("");
        Matcher m = RUN.matcher(t);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group().substring(0, 1)));
        }
        m.appendTail(out);
        return out.isEmpty() ? null : out.toString();
    }
}
