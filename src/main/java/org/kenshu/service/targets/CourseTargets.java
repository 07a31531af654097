package org.kenshu.service.targets;

import java.util.List;
import org.kenshu.model.EnrollmentMode;

/** The targets of one course in a fiscal year, and how its planned capacity compares. */
public record CourseTargets(long courseId, String course, EnrollmentMode mode, List<Target> targets,
        CapacityPlan capacity) {

    public CourseTargets {
        targets = List.copyOf(targets);
    }

    public long enrolledCount() {
        return targets.stream().filter(Target::enrolled).count();
    }

    /** Targets without an enrollment yet: whom {@code nominate} would add. */
    public List<Target> notYetEnrolled() {
        return targets.stream().filter(t -> !t.enrolled()).toList();
    }
}
