package org.kenshu.service.targets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kenshu.model.AnnualPlan;
import org.kenshu.model.Attendance;
import org.kenshu.model.AttendanceMark;
import org.kenshu.model.Session;
import org.kenshu.model.SessionDay;
import org.kenshu.service.CompletionRule;
import org.kenshu.store.BulkReads;
import org.kenshu.store.Repositories;

/**
 * Who completed a course before a fiscal year (DESIGN.md §5): every day of one of its sessions in an
 * earlier year's plan marked as attended under the organisation's late/left-early settings. An
 * e-learning session has one day, so one attended mark inside its period completes it.
 */
final class Completions {
    private Completions() {
    }

    /** For each of {@code courseIds}: the staff ids who completed it in a fiscal year before {@code fiscalYear}. */
    static Map<Long, Set<Long>> before(Repositories repos, BulkReads bulk, Set<Long> courseIds, int fiscalYear,
            CompletionRule rule) {
        Map<Long, Set<Long>> done = new HashMap<>();
        if (courseIds.isEmpty()) {
            return done;
        }
        Set<Long> earlierPlans = new HashSet<>();
        for (AnnualPlan p : repos.plans.findAll()) {
            if (p.fiscalYear() < fiscalYear) {
                earlierPlans.add(p.id());
            }
        }
        Map<Long, Long> courseOfSession = new HashMap<>();
        for (Session s : repos.sessions.findAll()) {
            if (earlierPlans.contains(s.planId()) && courseIds.contains(s.courseId())) {
                courseOfSession.put(s.id(), s.courseId());
            }
        }
        Map<Long, Long> sessionOfDay = new HashMap<>();
        Map<Long, Integer> dayCount = new HashMap<>();
        for (SessionDay d : repos.sessionDays.findAll()) {
            if (courseOfSession.containsKey(d.sessionId())) {
                sessionOfDay.put(d.id(), d.sessionId());
                dayCount.merge(d.sessionId(), 1, Integer::sum);
            }
        }
        // session → staff → marks
        Map<Long, Map<Long, List<AttendanceMark>>> marks = new HashMap<>();
        for (Attendance a : bulk.attendanceForSessions(courseOfSession.keySet())) {
            marks.computeIfAbsent(sessionOfDay.get(a.sessionDayId()), k -> new HashMap<>())
                    .computeIfAbsent(a.staffId(), k -> new ArrayList<>(2)).add(a.mark());
        }
        marks.forEach((session, byStaff) -> byStaff.forEach((staff, m) -> {
            if (rule.completed(m, dayCount.getOrDefault(session, 0))) {
                done.computeIfAbsent(courseOfSession.get(session), k -> new HashSet<>()).add(staff);
            }
        }));
        return done;
    }
}
