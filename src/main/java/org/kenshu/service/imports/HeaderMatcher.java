package org.kenshu.service.imports;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a header cell: exact synonym after normalising, else after dropping a bracketed
 * remark (「職員番号（5桁）」, 「受講日※」), else the longest synonym the header starts with.
 */
final class HeaderMatcher {
    private static final Pattern REMARK = Pattern.compile("[(（\\[【].*?[)）\\]】]|[※*＊].*$");
    private final Map<String, Column> exact = new HashMap<>();

    HeaderMatcher() {
        for (Column c : Column.values()) {
            for (String s : c.synonyms()) {
                exact.put(Text.key(s), c);
            }
        }
    }

    Optional<Column> match(String header) {
        String key = Text.key(header);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Column c = exact.get(key);
        if (c == null) {
            c = exact.get(REMARK.matcher(key).replaceAll(""));
        }
        if (c == null) {
            String best = null;
            for (String s : exact.keySet()) {
                if (s.length() >= 2 && key.startsWith(s) && (best == null || s.length() > best.length())) {
                    best = s;
                }
            }
            c = best == null ? null : exact.get(best);
        }
        return Optional.ofNullable(c);
    }
}
