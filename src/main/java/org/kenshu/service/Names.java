package org.kenshu.service;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** Checks shared by the edit services: a required text, a code or name no other row uses. */
final class Names {
    private Names() {
    }

    static void require(String text, String refusalKey) {
        if (text == null || text.isBlank()) {
            throw new EditRefusedException(refusalKey);
        }
    }

    /** Refuses {@code value} when another row (not {@code selfId}) has it, ignoring surrounding spaces. */
    static <T> void unique(List<T> rows, long selfId, ToLongFunction<T> id, Function<T, String> field, String value,
            String refusalKey) {
        if (value == null || value.isBlank()) {
            return;
        }
        String wanted = value.strip();
        for (T row : rows) {
            if (id.applyAsLong(row) != selfId && wanted.equals(field.apply(row))) {
                throw new EditRefusedException(refusalKey, wanted);
            }
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * The code as typed, or — when left blank — the next free {@code PREFIX_n}: officers need not
     * invent codes, while presets and imports keep theirs.
     */
    static <T> String codeOrNext(String code, String prefix, List<T> rows, Function<T, String> field) {
        if (code != null && !code.isBlank()) {
            return code.strip();
        }
        var taken = rows.stream().map(field).collect(java.util.stream.Collectors.toSet());
        int n = rows.size() + 1;
        while (taken.contains(prefix + "_" + n)) {
            n++;
        }
        return prefix + "_" + n;
    }
}
