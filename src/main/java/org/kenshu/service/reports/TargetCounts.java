package org.kenshu.service.reports;

import java.util.Map;
import org.kenshu.model.Course;
import org.kenshu.model.FiscalYear;

/**
 * How many staff a course is for, per tier: what 階層別研修体系表 shows. The default counts active staff in
 * the course's target tiers on the first day of the fiscal year ({@link TierTargetCounts}); the target-rule
 * engine can take its place with the full rule (job categories, years of service, 新任 …).
 */
@FunctionalInterface
public interface TargetCounts {
    /** The counter for one fiscal year (it may read the roster once for all courses). */
    CourseCounter forYear(FiscalYear fy);

    /** Per course: tier id → staff it targets in that tier; tiers the course is not for are left out. */
    @FunctionalInterface
    interface CourseCounter {
        Map<Long, Integer> byTier(Course course);
    }
}
