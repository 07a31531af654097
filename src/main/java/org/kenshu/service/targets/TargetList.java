package org.kenshu.service.targets;

import java.time.LocalDate;
import java.util.List;

/**
 * Targets generated for a fiscal year as of {@code referenceDate}; {@code skipped} names the courses of
 * the plan left out of a whole-plan run (公募, or a rule without any condition): choose them one by one.
 */
public record TargetList(int fiscalYear, LocalDate referenceDate, List<CourseTargets> courses, List<String> skipped) {

    public TargetList {
        courses = List.copyOf(courses);
        skipped = List.copyOf(skipped);
    }

    public int targetCount() {
        return courses.stream().mapToInt(c -> c.targets().size()).sum();
    }

    public int notYetEnrolledCount() {
        return courses.stream().mapToInt(c -> c.notYetEnrolled().size()).sum();
    }
}
