package org.kenshu.service.imports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.kenshu.model.AnnualPlan;
import org.kenshu.model.Course;
import org.kenshu.model.CourseType;
import org.kenshu.model.DeliveryFormat;
import org.kenshu.model.Session;
import org.kenshu.model.SessionDay;
import org.kenshu.model.TargetRule;
import org.kenshu.model.Tier;

/** Writes checked plan rows: the plan of the year, new courses, and each session with its days. */
final class PlanWriter {
    private final ImportContext ctx;
    private final CourseIndex courses;
    private final PlanProviders providers;
    private final CourseChanges courseChanges;
    private final Map<Integer, AnnualPlan> plans = new HashMap<>();
    private final Map<Long, Course> changedCourses = new HashMap<>();

    PlanWriter(ImportContext ctx) {
        this.ctx = ctx;
        this.courses = new CourseIndex(ctx.repos.courses.findAll(), ctx.repos.courseAliases.findAll());
        this.providers = new PlanProviders(ctx);
        this.courseChanges = new CourseChanges(ctx, providers);
    }

    void write(PlanRow r) {
        boolean[] courseChanged = {false};
        Course course = course(r, courseChanged);
        if (course == null) {
            ctx.counts.skipped++;
            return;
        }
        AnnualPlan plan = plan(r.fiscalYear());
        boolean eLearning = isELearning(course) || r.days().size() > DaySpec.MAX_DAYS;
        List<LocalDate> days = eLearning && !r.days().isEmpty() ? List.of(r.days().getFirst()) : r.days();
        LocalDate periodEnd = eLearning && !r.days().isEmpty() ? r.days().getLast() : null;
        Session existing = ctx.repos.sessions.findByPlanAndCourse(plan.id(), course.id()).stream()
                .filter(s -> s.sessionNo() == r.sessionNo()).findFirst().orElse(null);
        if (existing == null) {
            Session s = ctx.repos.sessions.insert(new Session(0, plan.id(), course.id(), r.sessionNo(), r.venue(), null,
                    r.instructor(), r.capacity() != null ? r.capacity() : course.defaultCapacity(), null, periodEnd,
                    org.kenshu.model.SessionStatus.PLANNED, null, 0));
            ctx.journal.inserted("course_session", s.id());
            addDays(s.id(), days);
            ctx.counts.created++;
            return;
        }
        boolean changed = updateSession(r, existing, periodEnd);
        changed |= updateDays(r, existing, days);
        changed |= courseChanged[0];
        if (changed) {
            ctx.counts.updated++;
        } else {
            ctx.counts.unchanged++;
        }
    }

    private boolean updateSession(PlanRow r, Session s, LocalDate periodEnd) {
        String subject = r.course() + " 第" + s.sessionNo() + "回";
        String venue = pick(r, Column.VENUE, "session:" + s.id() + ":venue", subject, s.venue(), r.venue());
        String instructor = pick(r, Column.INSTRUCTOR, "session:" + s.id() + ":instructor", subject,
                s.instructorName(), r.instructor());
        Integer capacity = pick(r, Column.CAPACITY, "session:" + s.id() + ":capacity", subject, s.capacity(),
                r.capacity());
        LocalDate end = periodEnd != null ? periodEnd : s.periodEnd();
        var wanted = new Session(s.id(), s.planId(), s.courseId(), s.sessionNo(), venue, s.instructorStaffId(),
                instructor, capacity, s.applicationDeadline(), end, s.status(), s.note(), s.version());
        if (wanted.equals(s)) {
            return false;
        }
        ctx.journal.updating("course_session", s.id(), () -> ctx.repos.sessions.update(wanted));
        return true;
    }

    private boolean updateDays(PlanRow r, Session s, List<LocalDate> days) {
        List<SessionDay> stored = ctx.repos.sessionDays.findBySession(s.id());
        Set<LocalDate> storedDates = stored.stream().map(SessionDay::heldOn).collect(Collectors.toSet());
        if (days.isEmpty() || storedDates.equals(Set.copyOf(days))) {
            return false;
        }
        if (!storedDates.isEmpty() && !ctx.overwrite(r.row(), Column.DATE, "session:" + s.id() + ":days",
                r.course() + " 第" + s.sessionNo() + "回", dates(storedDates), dates(days))) {
            return false;
        }
        for (SessionDay d : stored) {
            if (!days.contains(d.heldOn())) {
                if (!ctx.repos.attendance.findBySessionDay(d.id()).isEmpty()) {
                    ctx.error(r.row(), Column.DATE, "import.plan.dayHasAttendance", ctx.date(d.heldOn()));
                    return false;
                }
            }
        }
        // Days move by re-dating the stored rows, so the journal can restore them.
        List<LocalDate> missing = days.stream().filter(d -> !storedDates.contains(d)).toList();
        int i = 0;
        for (SessionDay d : stored) {
            if (!days.contains(d.heldOn()) && i < missing.size()) {
                var moved = new SessionDay(d.id(), s.id(), missing.get(i++), d.startsAt(), d.endsAt(), d.version());
                ctx.journal.updating("session_day", d.id(), () -> ctx.repos.sessionDays.update(moved));
            }
        }
        addDays(s.id(), missing.subList(i, missing.size()));
        return true;
    }

    private String dates(java.util.Collection<LocalDate> days) {
        return days.stream().sorted().map(ctx::shortDate).collect(Collectors.joining("、"));
    }

    private void addDays(long sessionId, List<LocalDate> days) {
        for (LocalDate d : days) {
            SessionDay day = ctx.repos.sessionDays.insert(SessionDay.of(sessionId, d));
            ctx.journal.inserted("session_day", day.id());
        }
    }

    private <T> T pick(PlanRow r, Column column, String key, String subject, T stored, T incoming) {
        if (incoming == null || stored == null || Objects.equals(stored, incoming)) {
            return incoming == null ? stored : incoming;
        }
        return ctx.overwrite(r.row(), column, key, subject, String.valueOf(stored), String.valueOf(incoming))
                ? incoming : stored;
    }

    /** The course a row names, created when new (it then needs a 研修区分); an existing one as {@link CourseChanges} leaves it. */
    private Course course(PlanRow r, boolean[] changed) {
        var found = courses.find(r.course());
        if (found.isPresent()) {
            // the index may hold the course as it was before an earlier row of this import changed it
            Course c = courseChanges.apply(r, changedCourses.getOrDefault(found.get().id(), found.get()), changed);
            changedCourses.put(c.id(), c);
            return c;
        }
        if (r.type() == null) {
            ctx.error(r.row(), Column.COURSE_TYPE, "import.plan.newCourseWithoutType", r.course());
            return null;
        }
        Set<Long> tiers = r.targets() == null ? Set.of() : r.targets().stream().map(Tier::id).collect(Collectors.toSet());
        Course c = Course.of(r.course(), r.type().id());
        c = new Course(0, null, c.name(), c.courseTypeId(), providers.id(r.provider()),
                CourseType.E_LEARNING.equals(r.type().code()) ? DeliveryFormat.E_LEARNING : DeliveryFormat.CLASSROOM,
                null, null, r.capacity(), null, c.mode(), null, TargetRule.forTiers(tiers), Set.of(), false, 0);
        Course created = ctx.repos.courses.insert(c);
        ctx.journal.inserted("course", created.id());
        courses.add(created);
        return created;
    }

    private AnnualPlan plan(int fiscalYear) {
        return plans.computeIfAbsent(fiscalYear, fy -> ctx.repos.plans.findByFiscalYear(fy).orElseGet(() -> {
            AnnualPlan p = ctx.repos.plans.insert(AnnualPlan.draft(fy));
            ctx.journal.inserted("annual_plan", p.id());
            return p;
        }));
    }

    private boolean isELearning(Course c) {
        if (c.format() == DeliveryFormat.E_LEARNING) {
            return true;
        }
        return ctx.repos.courseTypes.find(c.courseTypeId()).map(t -> CourseType.E_LEARNING.equals(t.code()))
                .orElse(false);
    }
}
