package org.kenshu.service.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kenshu.model.Course;
import org.kenshu.model.Enrollment;
import org.kenshu.model.EnrollmentKind;
import org.kenshu.model.EnrollmentMode;
import org.kenshu.model.EnrollmentStatus;
import org.kenshu.model.Goal;
import org.kenshu.model.GoalKind;
import org.kenshu.model.Progress;
import org.kenshu.service.CompletionRule;
import org.kenshu.store.BulkReads;
import org.kenshu.store.Database;
import org.kenshu.store.Repositories;

/**
 * 指名の対象者: who should attend each course of a fiscal year according to its target rule, and
 * nominating them (NOMINATED enrollments for those not enrolled yet; existing enrollments are never touched).
 */
public final class TargetService {
    static final BigDecimal DEFAULT_GOAL_RATE = new BigDecimal("0.9");
    private final Database db;
    private final Repositories repos;
    private final BulkReads bulk;

    public TargetService(Database db, Repositories repos) {
        this.db = db;
        this.repos = repos;
        this.bulk = new BulkReads(db);
    }

    YearData load(int fiscalYear) {
        return YearData.load(repos, bulk, fiscalYear);
    }

    /** Courses with sessions in the year's plan, in catalog order. */
    public List<PlannedCourse> plannedCourses(int fiscalYear) {
        YearData d = load(fiscalYear);
        return d.plannedCourses().stream()
                .map(c -> new PlannedCourse(c.id(), c.name(), c.mode(), d.sessionsOf(c.id()).size())).toList();
    }

    /**
     * Targets of one course ({@code courseId}), or of the whole plan when null: then only 指名 courses whose
     * rule has a condition (a rule without one means "open to everyone", which a whole-plan run must not
     * turn into nominations of every employee). {@code reference} null = the first day of the fiscal year.
     */
    public TargetList targets(int fiscalYear, Long courseId, LocalDate reference, Progress progress) {
        YearData d = load(fiscalYear);
        return generate(d, courseId, reference == null ? d.defaultReference() : reference, progress);
    }

    TargetList generate(YearData d, Long courseId, LocalDate reference, Progress progress) {
        List<Course> chosen = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        if (courseId != null) {
            chosen.add(d.course(courseId).orElseThrow(() -> new IllegalArgumentException("course #" + courseId)));
        } else {
            for (Course c : d.plannedCourses()) {
                if (c.mode() == EnrollmentMode.NOMINATION && Reasons.hasConditions(c.target())) {
                    chosen.add(c);
                } else {
                    skipped.add(c.name());
                }
            }
        }
        Set<Long> notCompleted = new HashSet<>();
        chosen.forEach(c -> {
            if (c.target().notCompletedCourseId() != null) {
                notCompleted.add(c.target().notCompletedCourseId());
            }
        });
        Map<Long, Set<Long>> completed = Completions.before(repos, bulk, notCompleted, d.fiscalYear.year(),
                CompletionRule.of(d.organisation));
        TargetEngine engine = new TargetEngine(d.facts, reference, d.fiscalYear.end());
        Reasons reasons = new Reasons(d.tiers, d.jobs, d.courses, d.organisation.eraDisplay());
        Map<Long, Map<Long, Enrollment>> enrolled = byCourseAndStaff(d.enrollments);
        List<CourseTargets> out = new ArrayList<>(chosen.size());
        for (int k = 0; k < chosen.size(); k++) {
            progress.checkCancelled();
            Course c = chosen.get(k);
            progress.update(k, chosen.size(), c.name());
            Map<Long, Enrollment> ofCourse = enrolled.getOrDefault(c.id(), Map.of());
            List<Target> targets = new ArrayList<>();
            for (TargetEngine.Match m : engine.match(c.target(),
                    completed.getOrDefault(c.target().notCompletedCourseId(), Set.of()))) {
                var s = d.facts.staff(m.index());
                var a = m.assignment();
                Enrollment e = ofCourse.get(s.id());
                Long tierId = a == null ? null : a.tierId();
                Long deptId = a == null ? null : a.departmentId();
                targets.add(new Target(s.id(), s.employeeNo(), s.name(), deptId, d.departments.fullName(deptId),
                        tierId, tierId == null ? "" : d.tiers.get(tierId).name(), reasons.of(c.target(), m),
                        e == null ? null : e.status(), e == null ? null : e.sessionId()));
            }
            out.add(new CourseTargets(c.id(), c.name(), c.mode(), targets, capacity(d, c, targets.size())));
        }
        return new TargetList(d.fiscalYear.year(), reference, out, skipped);
    }

    static Map<Long, Map<Long, Enrollment>> byCourseAndStaff(List<Enrollment> enrollments) {
        Map<Long, Map<Long, Enrollment>> map = new HashMap<>();
        for (Enrollment e : enrollments) {
            map.computeIfAbsent(e.courseId(), k -> new HashMap<>()).put(e.staffId(), e);
        }
        return map;
    }

    static CapacityPlan capacity(YearData d, Course c, int targets) {
        Goal goal = d.goals.stream()
                .filter(g -> g.kind() == GoalKind.UPTAKE && g.targetRate() != null && g.covers(d.fiscalYear.year()))
                .filter(g -> g.courseIds().contains(c.id())
                        || g.courseTypeId() != null && g.courseTypeId() == c.courseTypeId())
                .findFirst().orElse(null);
        return CapacityPlan.of(targets, d.sessionsOf(c.id()), c.defaultCapacity(),
                goal == null ? DEFAULT_GOAL_RATE : goal.targetRate(), goal == null ? null : goal.name());
    }

    /**
     * Nominates every target of {@code list} not enrolled yet (NOMINATED, no session), in one transaction
     * with an audit entry. Enrollments made meanwhile are re-read inside the transaction and left alone.
     */
    public Nominations nominate(TargetList list) {
        List<CourseTargets> courses = list.courses().stream().filter(c -> c.mode() == EnrollmentMode.NOMINATION)
                .toList();
        return db.inTransaction(() -> {
            Map<Long, Map<Long, Enrollment>> existing = byCourseAndStaff(
                    repos.enrollments.findByFiscalYear(list.fiscalYear()));
            List<Enrollment> rows = new ArrayList<>();
            for (CourseTargets c : courses) {
                Map<Long, Enrollment> ofCourse = existing.getOrDefault(c.courseId(), Map.of());
                for (Target t : c.targets()) {
                    if (!ofCourse.containsKey(t.staffId())) {
                        rows.add(Enrollment.nominated(c.courseId(), list.fiscalYear(), t.staffId(), null));
                    }
                }
            }
            List<Long> ids = repos.enrollments.insertAll(rows);
            repos.audit.record("NOMINATE", "enrollment", null,
                    "FY" + list.fiscalYear() + " courses " + courses.size() + " nominations " + ids.size());
            return new Nominations(list.fiscalYear(), ids, courses.size());
        });
    }

    /** Undoes {@link #nominate}: removes exactly those enrollments, refused when any was changed since. */
    public void withdraw(Nominations nominations) {
        db.inTransaction(() -> {
            int deleted = repos.enrollments.deleteUnchanged(nominations.enrollmentIds());
            if (deleted != nominations.count()) {
                throw new IllegalStateException("nominations changed since: " + deleted + " of "
                        + nominations.count() + " unchanged");
            }
            repos.audit.record("UNDO_NOMINATE", "enrollment", null,
                    "FY" + nominations.fiscalYear() + " nominations " + deleted);
        });
    }

    /**
     * 公募: records applicants (APPLIED, {@code appliedOn}, no session yet); staff already enrolled in the course
     * this year are left alone. Acceptance is {@link AssignmentService#propose} in application order.
     */
    public Nominations recordApplications(int fiscalYear, long courseId, List<Long> staffIds, LocalDate appliedOn) {
        return db.inTransaction(() -> {
            Set<Long> enrolled = new HashSet<>();
            repos.enrollments.findByCourse(courseId, fiscalYear).forEach(e -> enrolled.add(e.staffId()));
            List<Enrollment> rows = new ArrayList<>();
            for (Long staffId : staffIds) {
                if (enrolled.add(staffId)) {
                    rows.add(new Enrollment(0, courseId, fiscalYear, staffId, null, EnrollmentKind.APPLIED,
                            EnrollmentStatus.ENROLLED, null, appliedOn, null, 0));
                }
            }
            List<Long> ids = repos.enrollments.insertAll(rows);
            repos.audit.record("APPLY", "enrollment", null, "FY" + fiscalYear + " course " + courseId
                    + " applications " + ids.size());
            return new Nominations(fiscalYear, ids, 1);
        });
    }
}
