package org.kenshu.model;

/** 能力・スキル: one competency of the city's model. */
public record Competency(long id, Long categoryId, String code, String name, String description, int sortOrder,
        int version) implements Versioned {

    public static Competency of(Long categoryId, String code, String name, int sortOrder) {
        return new Competency(0, categoryId, code, name, null, sortOrder, 0);
    }
}
