package org.kenshu.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kenshu.model.Course;

/**
 * How many staff each course is meant for, per tier, on a reference date (April 1 of the fiscal year):
 * the numbers in the cells of the tier curriculum (階層別研修体系表). The default counts staff by tier
 * only ({@link TierTargetCounter}); the target-rule engine can stand in for it with the full rule.
 */
public interface TargetCounter {
    /** Course id → tier id → number of targets; a tier the course is not meant for is absent. */
    Map<Long, Map<Long, Integer>> count(List<Course> courses, LocalDate asOf);
}
