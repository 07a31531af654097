package org.kenshu.service.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kenshu.model.AnnualPlan;
import org.kenshu.model.Course;
import org.kenshu.model.I18n;
import org.kenshu.model.PlanStatus;
import org.kenshu.model.Session;
import org.kenshu.model.SessionDay;
import org.kenshu.model.SessionStatus;
import org.kenshu.model.Wareki;
import org.kenshu.service.RefusedException;
import org.kenshu.service.plan.checks.PlanCheckService;
import org.kenshu.store.Database;
import org.kenshu.store.Repositories;

/**
 * Copies one fiscal year's plan into a later year (前年度の計画を写す): every planned session of a course
 * still in the catalog, with its venue, instructor, capacity and notes, on the same weekday of the same
 * week one year on ({@link NextYearDates}); the deadline moves with the first day. Then the new plan is
 * checked. A target year that already has sessions is refused unless {@code replace}, and replacing is
 * refused when any of them has nominations or attendance; a fixed plan is refused unless the officer
 * agreed to change it.
 */
public final class YearCopyService {
    private final Database db;
    private final Repositories repos;
    private final AnnualPlanService plans;
    private final PlanCheckService checks;

    public YearCopyService(Database db, Repositories repos, AnnualPlanService plans, PlanCheckService checks) {
        this.db = db;
        this.repos = repos;
        this.plans = plans;
        this.checks = checks;
    }

    public CopyResult copy(int from, int to, boolean replace, boolean evenIfFixed) {
        if (to <= from) {
            throw new RefusedException(I18n.t("plan.copy.backwards", year(from), year(to)));
        }
        CopyResult result = db.inTransaction(() -> write(from, to, replace, evenIfFixed));
        return new CopyResult(from, to, result.createdSessionIds(), result.skippedCancelled(),
                result.skippedRetired(), result.replaced(), result.planCreated(), checks.check(to));
    }

    private CopyResult write(int from, int to, boolean replace, boolean evenIfFixed) {
        AnnualPlan source = plans.plan(from).orElseThrow(() -> new RefusedException(I18n.t("plan.copy.noSource",
                year(from))));
        List<Session> sessions = repos.sessions.findByPlan(source.id());
        if (sessions.isEmpty()) {
            throw new RefusedException(I18n.t("plan.copy.noSource", year(from)));
        }
        boolean created = plans.plan(to).isEmpty();
        AnnualPlan target = plans.planOrCreate(to);
        if (target.status() == PlanStatus.FIXED && !evenIfFixed) {
            throw new RefusedException(I18n.t("plan.copy.fixed", year(to)));
        }
        int replaced = clear(target, replace);
        Map<Long, Course> courses = repos.courses.findAll().stream().collect(Collectors.toMap(Course::id, c -> c));
        Map<Long, List<LocalDate>> days = repos.sessionDays.findAll().stream()
                .collect(Collectors.groupingBy(SessionDay::sessionId,
                        Collectors.mapping(SessionDay::heldOn, Collectors.toList())));
        int years = to - from;
        int cancelled = 0;
        int retired = 0;
        List<Long> createdIds = new ArrayList<>();
        for (Session s : sessions) {
            if (s.status() == SessionStatus.CANCELLED) {
                cancelled++;
                continue;
            }
            if (courses.get(s.courseId()).retired()) {
                retired++;
                continue;
            }
            createdIds.add(copySession(s, target, days.getOrDefault(s.id(), List.of()), years));
        }
        repos.audit.record("COPY", "annual_plan", target.id(),
                "FY" + from + " → FY" + to + ": " + createdIds.size() + " sessions");
        return new CopyResult(from, to, createdIds, cancelled, retired, replaced, created, List.of());
    }

    private long copySession(Session s, AnnualPlan target, List<LocalDate> days, int years) {
        boolean period = s.periodEnd() != null;
        List<LocalDate> mapped = period ? days.stream().map(d -> d.plusYears(years)).toList()
                : NextYearDates.sessionDays(days, years);
        long shift = period || days.isEmpty() ? 0 : NextYearDates.shift(days, years);
        LocalDate deadline = s.applicationDeadline() == null ? null
                : period ? s.applicationDeadline().plusYears(years) : s.applicationDeadline().plusDays(shift);
        Session copy = repos.sessions.insert(new Session(0, target.id(), s.courseId(), s.sessionNo(), s.venue(),
                s.instructorStaffId(), s.instructorName(), s.capacity(), deadline,
                period ? s.periodEnd().plusYears(years) : null, SessionStatus.PLANNED, s.note(), 0));
        mapped.forEach(d -> repos.sessionDays.insert(SessionDay.of(copy.id(), d)));
        return copy.id();
    }

    /** Removes the target year's sessions when replacing; refused when there are some and replace was not asked. */
    private int clear(AnnualPlan target, boolean replace) {
        List<Session> existing = repos.sessions.findByPlan(target.id());
        if (existing.isEmpty()) {
            return 0;
        }
        if (!replace) {
            throw new RefusedException(I18n.t("plan.copy.targetHasSessions", year(target.fiscalYear()),
                    existing.size()));
        }
        long used = existing.stream().filter(s -> repos.usage.session(s.id()) > 0).count();
        if (used > 0) {
            throw new RefusedException(I18n.t("plan.copy.targetInUse", year(target.fiscalYear()), used));
        }
        for (Session s : existing) {
            repos.sessionDays.findBySession(s.id()).forEach(repos.sessionDays::delete);
            repos.sessions.delete(s);
        }
        return existing.size();
    }

    private String year(int fiscalYear) {
        return Wareki.fiscalYear(fiscalYear, repos.organisation.find().map(o -> o.eraDisplay())
                .orElse(org.kenshu.model.EraDisplay.JAPANESE));
    }
}
