package org.kenshu.model;

/** 研修区分: 階層別 TIER, 特別 SPECIAL, 派遣 DISPATCH … (the list is configurable, the codes are stable). */
public record CourseType(long id, String code, String name, String color, int sortOrder, int version)
        implements Versioned {

    public static final String TIER = "TIER";
    public static final String SPECIAL = "SPECIAL";
    public static final String DISPATCH = "DISPATCH";
    public static final String JOINT = "JOINT";
    public static final String OJT = "OJT";
    public static final String SELF_DEVELOPMENT = "SELF_DEVELOPMENT";
    public static final String E_LEARNING = "E_LEARNING";
    public static final String EXCHANGE = "EXCHANGE";

    public static CourseType of(String code, String name, String color, int sortOrder) {
        return new CourseType(0, code, name, color, sortOrder, 0);
    }
}
