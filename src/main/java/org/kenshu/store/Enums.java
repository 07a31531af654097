package org.kenshu.store;

/** Enum constants are stored by name. */
final class Enums {
    private Enums() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String stored) {
        return stored == null ? null : Enum.valueOf(type, stored);
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
