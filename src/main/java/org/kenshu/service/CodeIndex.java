package org.kenshu.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Stored rows by code (or name), so a setup document can refer to them and be applied twice. */
final class CodeIndex<T> {
    private final Map<String, T> byCode = new HashMap<>();
    private final Function<T, String> code;
    private final String kindKey;

    CodeIndex(List<T> rows, Function<T, String> code, String kindKey) {
        this.code = code;
        this.kindKey = kindKey;
        rows.forEach(this::put);
    }

    void put(T row) {
        byCode.put(code.apply(row), row);
    }

    int size() {
        return byCode.size();
    }

    T find(String c) {
        return byCode.get(c);
    }

    /** The row with {@code c}, or a {@link SetupException} naming what is missing. */
    T require(String c) {
        T row = byCode.get(c);
        if (row == null) {
            throw new SetupException("setup.unknownReference", org.kenshu.model.I18n.t(kindKey), c);
        }
        return row;
    }
}
