package org.kenshu.model;

/** 職種: 一般行政, 技術, 保育士, 技能労務 … */
public record JobCategory(long id, String code, String name, int sortOrder, boolean retired, int version)
        implements Versioned {

    public static JobCategory of(String code, String name, int sortOrder) {
        return new JobCategory(0, code, name, sortOrder, false, 0);
    }
}
