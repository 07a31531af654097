package org.kenshu.model;

/** 職種: 一般行政, 技術, 保育士, 技能労務 …; {@code description} says what the category is about (may be null). */
public record JobCategory(long id, String code, String name, String description, int sortOrder, boolean retired,
        int version) implements Versioned {

    /** A job category without a description (the form every caller used before descriptions existed). */
    public JobCategory(long id, String code, String name, int sortOrder, boolean retired, int version) {
        this(id, code, name, null, sortOrder, retired, version);
    }

    public static JobCategory of(String code, String name, int sortOrder) {
        return new JobCategory(0, code, name, sortOrder, false, 0);
    }
}
