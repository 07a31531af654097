package org.kenshu.model;

import java.util.Set;

/**
 * Who a course is for: all conditions must hold; an empty set or null means "no condition".
 * {@code promotedWithinMonths} selects 新任 (promoted into the tier within N months).
 */
public record TargetRule(Set<Long> tierIds, Set<Long> jobCategoryIds, Integer yearsFrom, Integer yearsTo,
        Integer promotedWithinMonths, Long notCompletedCourseId, boolean activeOnly) {

    public TargetRule {
        tierIds = tierIds == null ? Set.of() : Set.copyOf(tierIds);
        jobCategoryIds = jobCategoryIds == null ? Set.of() : Set.copyOf(jobCategoryIds);
    }

    public static TargetRule forTiers(Set<Long> tierIds) {
        return new TargetRule(tierIds, Set.of(), null, null, null, null, true);
    }

    public static TargetRule none() {
        return forTiers(Set.of());
    }
}
