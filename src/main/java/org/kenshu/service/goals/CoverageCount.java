package org.kenshu.service.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kenshu.model.EnrollmentKind;
import org.kenshu.model.EnrollmentStatus;
import org.kenshu.model.FiscalYear;
import org.kenshu.model.Goal;
import org.kenshu.store.GoalFacts;
import org.kenshu.store.GoalPeople.EnrollmentFact;

/**
 * COVERAGE (DESIGN.md §5, decision 0016): staff employed on the reference date (not on leave when
 * the goal counts active staff only), filtered by tier and job category as of that date, with at
 * least one completion in the course set in this or an earlier fiscal year. The reference date is
 * the fiscal year's last day once it has ended, today during the year, its first day before it.
 */
final class CoverageCount {
    private static final int EARLIEST = 1900;

    private CoverageCount() {
    }

    static LocalDate referenceDate(int fiscalYear, LocalDate today) {
        FiscalYear fy = FiscalYear.of(fiscalYear);
        if (fy.end().isBefore(today)) {
            return fy.end();
        }
        return fy.start().isAfter(today) ? fy.start() : today;
    }

    static Counting count(GoalContext ctx, Goal goal, int fiscalYear) {
        var courses = new GoalFacts.Courses(goal.courseTypeId(), goal.courseIds());
        CourseAttendance attendance = ctx.attendance(courses, EARLIEST, fiscalYear);
        // This year's enrollments in the course set: the forecast and the reasons of the gap.
        Map<Long, EnrollmentFact> enrolled = new HashMap<>();
        for (EnrollmentFact e : ctx.repos.goalPeople.enrollments(courses, fiscalYear,
                List.of(EnrollmentKind.values()))) {
            if (e.status() == EnrollmentStatus.ENROLLED) {
                enrolled.merge(e.staffId(), e, (a, b) -> attendance.stillAhead(b, ctx.today) ? b : a);
            }
        }
        LocalDate reference = referenceDate(fiscalYear, ctx.today);
        Set<Long> onLeave = goal.activeOnly() ? ctx.repos.goalPeople.onLeave(reference) : Set.of();
        List<Counted> rows = new ArrayList<>();
        for (Person p : ctx.people().employedOn(reference, onLeave)) {
            if (!Population.matches(goal, p)) {
                continue;
            }
            boolean done = attendance.completedAny(p.staffId());
            EnrollmentFact e = enrolled.get(p.staffId());
            boolean pending = !done && e != null && attendance.stillAhead(e, ctx.today);
            rows.add(new Counted(p, done, pending, e, e == null ? 0 : e.courseId()));
        }
        return new Counting(rows, attendance);
    }
}
