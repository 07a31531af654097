package org.kenshu.service.imports;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Rows found by a normalised name ({@link Text#key}). */
final class NamedIndex<T> {
    private final Map<String, T> byKey = new HashMap<>();

    void put(String name, T value) {
        if (name != null) {
            byKey.put(Text.key(name), value);
        }
    }

    Optional<T> find(String name) {
        return Optional.ofNullable(byKey.get(Text.key(name)));
    }
}
