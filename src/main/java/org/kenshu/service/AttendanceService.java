package org.kenshu.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kenshu.model.Attendance;
import org.kenshu.model.AttendanceMark;
import org.kenshu.model.Enrollment;
import org.kenshu.model.EnrollmentKind;
import org.kenshu.model.FiscalYear;
import org.kenshu.model.ImportBatch;
import org.kenshu.model.Organisation;
import org.kenshu.model.SessionDay;
import org.kenshu.store.Repositories;

/** 受講実績: who attended which session, and the history of attendance imports. */
public final class AttendanceService {
    private final Repositories repos;
    private final PlanService plans;
    private final Clock clock;

    public AttendanceService(Repositories repos, PlanService plans, Clock clock) {
        this.repos = repos;
        this.plans = plans;
        this.clock = clock;
    }

    public List<SessionAttendance> bySession(int fiscalYear) {
        FiscalYear fy = FiscalYear.of(fiscalYear);
        CompletionRule rule = CompletionRule.of(repos.organisation.find().orElse(Organisation.unnamed()));
        Map<Long, Long> dayToSession = new HashMap<>();
        for (SessionDay d : repos.sessionDays.findAll()) {
            dayToSession.put(d.id(), d.sessionId());
        }
        // session → staff → marks of the days recorded
        Map<Long, Map<Long, List<AttendanceMark>>> marks = new HashMap<>();
        for (Attendance a : repos.attendance.findHeldBetween(fy.start(), fy.end())) {
            marks.computeIfAbsent(dayToSession.get(a.sessionDayId()), k -> new HashMap<>())
                    .computeIfAbsent(a.staffId(), k -> new ArrayList<>()).add(a.mark());
        }
        Map<Long, Set<Long>> walkIns = new HashMap<>();
        for (Enrollment e : repos.enrollments.findByFiscalYear(fiscalYear)) {
            if (e.kind() == EnrollmentKind.WALK_IN && e.sessionId() != null) {
                walkIns.computeIfAbsent(e.sessionId(), k -> new HashSet<>()).add(e.staffId());
            }
        }
        LocalDate today = LocalDate.now(clock);
        List<SessionAttendance> result = new ArrayList<>();
        for (SessionEntry s : plans.sessions(fiscalYear)) {
            Map<Long, List<AttendanceMark>> bySession = marks.getOrDefault(s.sessionId(), Map.of());
            int completed = 0;
            int absent = 0;
            for (List<AttendanceMark> m : bySession.values()) {
                if (rule.completed(m, s.days().size())) {
                    completed++;
                }
                if (m.contains(AttendanceMark.ABSENT)) {
                    absent++;
                }
            }
            boolean held = s.lastDay() != null && !s.lastDay().isAfter(today);
            result.add(new SessionAttendance(s, completed, absent,
                    walkIns.getOrDefault(s.sessionId(), Set.of()).size(), held));
        }
        return result;
    }

    /** Import history, newest first. */
    public List<ImportBatch> importHistory() {
        return repos.importBatches.findAll();
    }
}
