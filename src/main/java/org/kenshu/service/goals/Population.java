package org.kenshu.service.goals;

import org.kenshu.model.Goal;

/** A goal's population filters: tiers and job categories (empty = everyone). */
final class Population {
    private Population() {
    }

    static boolean matches(Goal goal, Person p) {
        return (goal.tierIds().isEmpty() || p.tierId() != null && goal.tierIds().contains(p.tierId()))
                && (goal.jobCategoryIds().isEmpty()
                        || p.jobCategoryId() != null && goal.jobCategoryIds().contains(p.jobCategoryId()));
    }
}
