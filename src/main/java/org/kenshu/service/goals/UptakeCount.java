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
import org.kenshu.store.Repositories;

/**
 * UPTAKE (DESIGN.md §5): nominations (kind NOMINATED) for the course set in the fiscal year, minus
 * 免除 (EXEMPT) and withdrawn (CANCELLED) ones, minus staff who left before the nominated session —
 * or, unassigned, the course's first session — began. Completed = the course completed in that
 * year. Walk-ins and applications are kept elsewhere and do not count here.
 */
final class UptakeCount {
    private UptakeCount() {
    }

    static Counting count(Repositories repos, Goal goal, int fiscalYear, List<String> attendedMarks,
            LocalDate today) {
        var courses = new GoalFacts.Courses(goal.courseTypeId(), goal.courseIds());
        var attendance = new CourseAttendance(repos.goalFacts.sessions(courses, fiscalYear, fiscalYear),
                repos.goalFacts.dayCounts(courses, fiscalYear, fiscalYear, attendedMarks));
        List<Counted> rows = new ArrayList<>();
        LocalDate start = FiscalYear.of(fiscalYear).start();
        for (EnrollmentFact e : repos.goalPeople.enrollments(courses, fiscalYear, List.of(EnrollmentKind.NOMINATED),
                start)) {
            if (e.status() == EnrollmentStatus.EXEMPT || e.status() == EnrollmentStatus.CANCELLED
                    || leftBefore(e, attendance) || !Population.matches(goal, e.person())) {
                continue;
            }
            long staff = e.person().staffId();
            boolean done = attendance.completed(staff, e.courseId());
            rows.add(new Counted(e.person(), done, !done && attendance.stillAhead(e, staff, today), e, e.courseId()));
        }
        return new Counting(rows, attendance, courses);
    }

    /** The 退職日 is the last day employed: leaving before the first day means the session was never theirs. */
    private static boolean leftBefore(EnrollmentFact e, CourseAttendance attendance) {
        LocalDate left = e.person().leftOn();
        LocalDate begins = attendance.begins(e);
        return left != null && begins != null && left.isBefore(begins);
    }
}
