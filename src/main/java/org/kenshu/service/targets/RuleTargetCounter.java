package org.kenshu.service.targets;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kenshu.model.Course;
import org.kenshu.model.FiscalYear;
import org.kenshu.model.Progress;
import org.kenshu.service.TargetCounter;

/**
 * The tier curriculum's counts from the full target rule (tiers, job categories, years since hire,
 * 新任, not yet completed, active only), as the nominations pane finds them: course → tier → people.
 */
public final class RuleTargetCounter implements TargetCounter {
    private final TargetService targets;

    public RuleTargetCounter(TargetService targets) {
        this.targets = targets;
    }

    @Override
    public Map<Long, Map<Long, Integer>> count(List<Course> courses, LocalDate asOf) {
        YearData year = targets.load(FiscalYear.containing(asOf).year());
        Map<Long, Map<Long, Integer>> counts = new HashMap<>();
        for (Course c : courses) {
            if (year.course(c.id()).isEmpty()) {
                continue; // not in this year's plan: nobody is meant for it this year
            }
            for (CourseTargets ct : targets.generate(year, c.id(), asOf, Progress.NONE).courses()) {
                for (Target t : ct.targets()) {
                    if (t.tierId() != null) {
                        counts.computeIfAbsent(c.id(), k -> new HashMap<>()).merge(t.tierId(), 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }
}
