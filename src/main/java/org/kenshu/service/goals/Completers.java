package org.kenshu.service.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kenshu.store.GoalFacts;
import org.kenshu.store.GoalFacts.SessionFact;
import org.kenshu.store.GoalPeople.Name;
import org.kenshu.store.Repositories;

/**
 * Who completed a set of courses (DESIGN.md §5's "completed") within a range of fiscal years: the
 * list a designation is granted from (修了者から DX推進リーダー候補生へ), and the counts an
 * initiative's 実績 is linked to.
 */
public final class Completers {
    private final Repositories repos;

    public Completers(Repositories repos) {
        this.repos = repos;
    }

    /** A person who completed the set, with department and tier on the day asked and their last completion. */
    public record Completer(long staffId, String employeeNo, String name, String department, String tier,
            LocalDate completedOn) {
    }

    /**
     * Staff employed on {@code asOf} who completed every course in {@code courseIds} ({@code all}),
     * or at least one of them, in fiscal years {@code fromYear}..{@code toYear}.
     */
    public List<Completer> of(Set<Long> courseIds, boolean all, int fromYear, int toYear, LocalDate asOf) {
        GoalContext ctx = new GoalContext(repos, asOf);
        CourseAttendance attendance = ctx.attendance(new GoalFacts.Courses(null, courseIds), fromYear, toYear);
        Map<Long, LocalDate> last = new HashMap<>();
        for (long staff : attendance.markedStaff()) {
            List<SessionFact> done = attendance.completedSessions(staff);
            boolean enough = all ? done.stream().map(SessionFact::courseId).distinct().count() == courseIds.size()
                    : !done.isEmpty();
            if (enough) {
                last.put(staff, done.stream().map(SessionFact::lastDay).max(LocalDate::compareTo).orElse(null));
            }
        }
        Map<Long, Name> names = repos.goalPeople.names(last.keySet());
        Labels labels = ctx.labels();
        List<Completer> list = new ArrayList<>();
        for (Person p : ctx.people().employedOn(asOf, Set.of())) {
            if (last.containsKey(p.staffId())) {
                Name n = names.get(p.staffId());
                list.add(new Completer(p.staffId(), n.employeeNo(), n.name(), labels.fullDepartment(p.departmentId()),
                        labels.tier(p.tierId()), last.get(p.staffId())));
            }
        }
        list.sort(java.util.Comparator.comparing(Completer::department).thenComparing(Completer::employeeNo));
        return list;
    }

    /** How many distinct staff completed {@code courseId} in {@code fiscalYear}. */
    public int count(long courseId, int fiscalYear) {
        GoalContext ctx = new GoalContext(repos, LocalDate.now());
        CourseAttendance attendance = ctx.attendance(new GoalFacts.Courses(null, Set.of(courseId)), fiscalYear,
                fiscalYear);
        return (int) attendance.markedStaff().stream().filter(s -> attendance.completed(s, courseId)).count();
    }
}
