package org.kenshu.model;

import java.math.BigDecimal;
import java.util.Set;

/**
 * 目標値: a rate ({@code targetRate}, 0.9 = 90%) or a count ({@code targetCount}). The course set is
 * a course type or an explicit list; the population filters apply to COVERAGE goals.
 */
public record Goal(long id, String code, String name, GoalKind kind, BigDecimal targetRate, Integer targetCount,
        Long courseTypeId, Set<Long> courseIds, Set<Long> tierIds, Set<Long> jobCategoryIds, Long designationRoleId,
        boolean activeOnly, Integer fiscalYearFrom, Integer fiscalYearTo, Long pillarId, String unit,
        String description, int sortOrder, int version) implements Versioned {

    public Goal {
        courseIds = courseIds == null ? Set.of() : Set.copyOf(courseIds);
        tierIds = tierIds == null ? Set.of() : Set.copyOf(tierIds);
        jobCategoryIds = jobCategoryIds == null ? Set.of() : Set.copyOf(jobCategoryIds);
    }

    public boolean covers(int fiscalYear) {
        return (fiscalYearFrom == null || fiscalYear >= fiscalYearFrom)
                && (fiscalYearTo == null || fiscalYear <= fiscalYearTo);
    }
}
