package org.kenshu.model;

/** 職層・階層: 主事・主事補級 … 部長級; ordered by {@code rank} (1 = the most junior). */
public record Tier(long id, String code, String name, int rank, String salaryGrades, String description,
        boolean retired, int version) implements Versioned {

    public static Tier of(String code, String name, int rank) {
        return new Tier(0, code, name, rank, null, null, false, 0);
    }
}
