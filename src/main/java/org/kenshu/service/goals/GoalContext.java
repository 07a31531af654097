package org.kenshu.service.goals;

import java.time.LocalDate;
import java.util.List;
import org.kenshu.store.GoalFacts;
import org.kenshu.store.Repositories;

/**
 * What goals counted together share: today, the marks that count as attended, the names of groups
 * and — read once, when first needed — every staff member's assignment history.
 */
final class GoalContext {
    final Repositories repos;
    final LocalDate today;
    final List<String> attendedMarks;
    private Labels labels;
    private People people;

    GoalContext(Repositories repos, LocalDate today) {
        this.repos = repos;
        this.today = today;
        this.attendedMarks = AttendedMarks.of(repos);
    }

    Labels labels() {
        if (labels == null) {
            labels = new Labels(repos);
        }
        return labels;
    }

    People people() {
        if (people == null) {
            people = new People(repos);
        }
        return people;
    }

    /** The course set's sessions in fiscal years {@code from}..{@code to} and every mark on their days. */
    CourseAttendance attendance(GoalFacts.Courses courses, int from, int to) {
        GoalFacts.SessionSet set = repos.goalFacts.sessions(courses, from, to);
        return new CourseAttendance(set, repos.goalFacts.marks(set.days().keySet()), attendedMarks);
    }
}
