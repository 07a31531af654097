package org.kenshu.service.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kenshu.model.EnrollmentKind;
import org.kenshu.model.EnrollmentStatus;
import org.kenshu.model.FiscalYear;
import org.kenshu.model.Goal;
import org.kenshu.store.GoalFacts;
import org.kenshu.store.GoalPeople.EnrollmentFact;

/**
 * UPTAKE (DESIGN.md §5): nominations (kind NOMINATED) for the course set in the fiscal year, minus
 * 免除 (EXEMPT) and withdrawn (CANCELLED) ones, minus staff who left before the nominated session —
 * or, unassigned, the course's first session — began. Completed = the course completed in that
 * year. Walk-ins and applications are kept elsewhere and do not count here. Each person is grouped
 * by their assignment on April 1, or on the hire date when hired later.
 */
final class UptakeCount {
    private UptakeCount() {
    }

    static Counting count(GoalContext ctx, Goal goal, int fiscalYear) {
        var courses = new GoalFacts.Courses(goal.courseTypeId(), goal.courseIds());
        CourseAttendance attendance = ctx.attendance(courses, fiscalYear, fiscalYear);
        List<Counted> rows = new ArrayList<>();
        LocalDate start = FiscalYear.of(fiscalYear).start();
        for (EnrollmentFact e : ctx.repos.goalPeople.enrollments(courses, fiscalYear,
                List.of(EnrollmentKind.NOMINATED))) {
            if (e.status() == EnrollmentStatus.EXEMPT || e.status() == EnrollmentStatus.CANCELLED) {
                continue;
            }
            Person p = ctx.people().grouped(e.staffId(), start);
            if (leftBefore(p, e, attendance) || !Population.matches(goal, p)) {
                continue;
            }
            boolean done = attendance.completed(e.staffId(), e.courseId());
            rows.add(new Counted(p, done, !done && attendance.stillAhead(e, ctx.today), e, e.courseId()));
        }
        return new Counting(rows, attendance);
    }

    /** The 退職日 is the last day employed: leaving before the first day means the session was never theirs. */
    private static boolean leftBefore(Person p, EnrollmentFact e, CourseAttendance attendance) {
        LocalDate begins = attendance.begins(e);
        return p.leftOn() != null && begins != null && p.leftOn().isBefore(begins);
    }
}
