package org.kenshu.service.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kenshu.model.AnnualPlan;
import org.kenshu.model.Attendance;
import org.kenshu.model.Course;
import org.kenshu.model.SessionDay;
import org.kenshu.service.CompletionRule;
import org.kenshu.store.ReportQueries;
import org.kenshu.store.Repositories;

/** Reads each planned course's sessions, capacity and attendees for the budget report. */
final class BudgetData {
    private BudgetData() {
    }

    static BudgetReport read(Repositories repos, ReportQueries queries, ReportContext ctx) {
        YearSessions year = YearSessions.read(repos, ctx);
        CompletionRule rule = CompletionRule.of(ctx.organisation());
        Map<Long, Long> dayToSession = new HashMap<>();
        for (SessionDay d : year.days()) {
            dayToSession.put(d.id(), d.sessionId());
        }
        // A session's attendees: people with at least one day counted as attended.
        Map<Long, Set<Long>> attendees = new HashMap<>();
        for (Attendance a : queries.attendanceHeldBetween(ctx.fy().start(), ctx.fy().end())) {
            Long session = dayToSession.get(a.sessionDayId());
            if (session != null && rule.attended(a.mark())) {
                attendees.computeIfAbsent(session, k -> new HashSet<>()).add(a.staffId());
            }
        }
        Map<Course, int[]> byCourse = new LinkedHashMap<>(); // sessions, capacity, attendees
        List<YearSessions.Entry> entries = new ArrayList<>(year.ordered());
        entries.sort(java.util.Comparator.comparingInt(YearSessions.Entry::typeOrder));
        for (YearSessions.Entry s : entries) {
            int[] v = byCourse.computeIfAbsent(s.course(), k -> new int[3]);
            if (s.cancelled()) {
                continue;
            }
            v[0]++;
            v[1] += s.capacity() == null ? 0 : s.capacity();
            v[2] += attendees.getOrDefault(s.id(), Set.of()).size();
        }
        CourseFacts facts = new CourseFacts(repos);
        List<BudgetReport.Line> lines = new ArrayList<>();
        byCourse.forEach((c, v) -> lines.add(new BudgetReport.Line(facts.type(c).name(), c.name(), v[0], v[1],
                c.costPerHead(), v[2])));
        Long budget = repos.plans.findByFiscalYear(ctx.fiscalYear()).map(AnnualPlan::budget).orElse(null);
        return new BudgetReport(budget, lines);
    }
}
