package org.kenshu.service.plan;

import java.util.List;
import org.kenshu.service.plan.checks.PlanWarning;

/**
 * What copying a year's plan did: the sessions created (ids, for undo), those left out because they were
 * cancelled or their course is retired, whether the target plan was created by the copy, and the
 * warnings the checks raise on the new plan.
 */
public record CopyResult(int fromYear, int toYear, List<Long> createdSessionIds, int skippedCancelled,
        int skippedRetired, int replaced, boolean planCreated, List<PlanWarning> warnings) {

    public CopyResult {
        createdSessionIds = List.copyOf(createdSessionIds);
        warnings = List.copyOf(warnings);
    }
}
