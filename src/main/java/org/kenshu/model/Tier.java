package org.kenshu.model;

/**
 * 職層・階層: 主事・主事補級 … 部長級; ordered by {@code rank} (1 = the most junior). A tier with a
 * {@code jobCategoryId} belongs to that job category's own ladder (厚木市's 技能労務職); rank orders
 * tiers within a ladder.
 */
public record Tier(long id, String code, String name, int rank, String salaryGrades, String description,
        boolean retired, Long jobCategoryId, int version) implements Versioned {

    /** A tier of the common ladder (the form every caller used before ladders existed). */
    public Tier(long id, String code, String name, int rank, String salaryGrades, String description,
            boolean retired, int version) {
        this(id, code, name, rank, salaryGrades, description, retired, null, version);
    }

    public static Tier of(String code, String name, int rank) {
        return new Tier(0, code, name, rank, null, null, false, 0);
    }
}
