package org.kenshu.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kenshu.model.Assignment;
import org.kenshu.model.Attendance;
import org.kenshu.model.Enrollment;
import org.kenshu.model.EnrollmentStatus;
import org.kenshu.model.FiscalYear;
import org.kenshu.model.I18n;
import org.kenshu.model.Organisation;
import org.kenshu.model.SessionDay;
import org.kenshu.model.Staff;
import org.kenshu.model.TrainingReport;
import org.kenshu.store.Database;
import org.kenshu.store.Repositories;

/**
 * 復命書 (post-training reports, the three items 小千谷市 asks for): one per enrollment of someone who
 * attended a session that has ended. Due {@value #DUE_DAYS} days after the session's last day
 * unless another date was stored (decision 0017); overdue = due date passed, not submitted.
 */
public final class TrainingReportService {
    /** Days after the session's last day (or an e-learning period's end) a report is due by default. */
    public static final int DUE_DAYS = 14;
    private final Database db;
    private final Repositories repos;
    private final PlanService plans;
    private final Clock clock;

    public TrainingReportService(Database db, Repositories repos, PlanService plans, Clock clock) {
        this.db = db;
        this.repos = repos;
        this.plans = plans;
        this.clock = clock;
    }

    /** One expected report with what the list shows; {@code report} has id 0 until something is saved. */
    public record ReportEntry(TrainingReport report, String employeeNo, String name, String department,
            String course, int sessionNo, LocalDate lastDay, boolean overdue) {

        public boolean submitted() {
            return report.submittedOn() != null;
        }
    }

    /** Course types whose sessions usually take a 復命書: training outside the city hall. */
    public static final Set<String> EXTERNAL_TYPES = Set.of("DISPATCH", "JOINT", "EXCHANGE");

    /**
     * Reports expected in {@code fiscalYear}: attended sessions that have ended, by due date; with
     * {@code externalOnly} only those of {@link #EXTERNAL_TYPES} (派遣・合同・人事交流).
     */
    public List<ReportEntry> reports(int fiscalYear, boolean externalOnly) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, SessionEntry> ended = new HashMap<>();
        for (SessionEntry s : plans.sessions(fiscalYear)) {
            if (s.lastDay() != null && s.lastDay().isBefore(today)
                    && (!externalOnly || EXTERNAL_TYPES.contains(s.typeCode()))) {
                ended.put(s.sessionId(), s);
            }
        }
        Set<List<Long>> attended = attended(fiscalYear);
        Map<Long, TrainingReport> stored = new HashMap<>();
        repos.trainingReports.findAll().forEach(r -> stored.put(r.enrollmentId(), r));
        Map<Long, Staff> staff = RosterService.byId(repos.staff.findAll(), Staff::id);
        Map<Long, Assignment> current = AssignmentsAsOf.on(repos.assignments.findAll(), today);
        var departments = new DepartmentNames(repos.departments.findAll());
        List<ReportEntry> entries = new ArrayList<>();
        for (Enrollment e : repos.enrollments.findByFiscalYear(fiscalYear)) {
            SessionEntry s = e.sessionId() == null ? null : ended.get(e.sessionId());
            if (s == null || e.status() != EnrollmentStatus.ENROLLED
                    || !attended.contains(List.of(e.staffId(), e.sessionId()))) {
                continue;
            }
            TrainingReport r = stored.getOrDefault(e.id(),
                    new TrainingReport(0, e.id(), s.lastDay().plusDays(DUE_DAYS), null, null, null, null, 0));
            LocalDate due = r.dueOn() != null ? r.dueOn() : s.lastDay().plusDays(DUE_DAYS);
            Staff p = staff.get(e.staffId());
            Assignment a = current.get(e.staffId());
            entries.add(new ReportEntry(r, p.employeeNo(), p.name(), a == null ? "" : departments.fullName(
                    a.departmentId()), s.course(), s.sessionNo(), s.lastDay(),
                    r.submittedOn() == null && due.isBefore(today)));
        }
        entries.sort(Comparator.comparing((ReportEntry x) -> x.report().dueOn(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(ReportEntry::course)
                .thenComparing(ReportEntry::employeeNo));
        return entries;
    }

    /** (staff, session) pairs with at least one day attended in the fiscal year. */
    private Set<List<Long>> attended(int fiscalYear) {
        FiscalYear fy = FiscalYear.of(fiscalYear);
        CompletionRule rule = CompletionRule.of(repos.organisation.find().orElse(Organisation.unnamed()));
        Map<Long, Long> dayToSession = new HashMap<>();
        for (SessionDay d : repos.sessionDays.findAll()) {
            dayToSession.put(d.id(), d.sessionId());
        }
        Set<List<Long>> pairs = new HashSet<>();
        // An e-learning completion may be recorded after the fiscal year's end (up to its period).
        for (Attendance a : repos.attendance.findHeldBetween(fy.start(), fy.end().plusMonths(3))) {
            if (rule.attended(a.mark())) {
                pairs.add(List.of(a.staffId(), dayToSession.get(a.sessionDayId())));
            }
        }
        return pairs;
    }

    /** What is wrong with a report before saving. */
    public List<String> problems(TrainingReport r) {
        List<String> problems = new ArrayList<>();
        if (r.submittedOn() != null && r.submittedOn().isAfter(LocalDate.now(clock))) {
            problems.add(I18n.t("trainingReports.edit.submittedFuture"));
        }
        if (r.dueOn() == null) {
            problems.add(I18n.t("trainingReports.edit.dueRequired"));
        }
        return problems;
    }

    /** Stores a report: inserted the first time, then updated (version checked). */
    public TrainingReport save(TrainingReport r) {
        List<String> problems = problems(r);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return db.inTransaction(() -> {
            TrainingReport saved = r.id() == 0 ? repos.trainingReports.insert(r) : repos.trainingReports.update(r);
            repos.audit.record(r.id() == 0 ? "INSERT" : "UPDATE", "training_report", saved.id(),
                    "enrollment " + r.enrollmentId());
            return saved;
        });
    }

    /** Removes a stored report (undo of its first save). */
    public void delete(TrainingReport r) {
        db.inTransaction(() -> {
            repos.trainingReports.delete(r);
            repos.audit.record("DELETE", "training_report", r.id(), "enrollment " + r.enrollmentId());
        });
    }
}
