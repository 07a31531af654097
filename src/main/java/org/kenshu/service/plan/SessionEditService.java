package org.kenshu.service.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.kenshu.model.AnnualPlan;
import org.kenshu.model.Course;
import org.kenshu.model.FiscalYear;
import org.kenshu.model.I18n;
import org.kenshu.model.Session;
import org.kenshu.model.SessionDay;
import org.kenshu.model.Staff;
import org.kenshu.service.RefusedException;
import org.kenshu.service.Tidy;
import org.kenshu.service.imports.Text;
import org.kenshu.store.Database;
import org.kenshu.store.Repositories;

/**
 * Sessions of a plan: add, change (venue, instructor, capacity, deadline, notes, and days — moving a
 * session is changing its days), split one session's days into two sessions, and delete an unused one.
 * A day with attendance recorded is never removed. One transaction and one audit entry per edit.
 */
public final class SessionEditService {
    private final Database db;
    private final Repositories repos;
    private final AnnualPlanService plans;

    public SessionEditService(Database db, Repositories repos, AnnualPlanService plans) {
        this.db = db;
        this.repos = repos;
        this.plans = plans;
    }

    public SessionDetail detail(long sessionId) {
        Session s = repos.sessions.get(sessionId);
        AnnualPlan plan = repos.plans.get(s.planId());
        List<LocalDate> days = repos.sessionDays.findBySession(sessionId).stream().map(SessionDay::heldOn).toList();
        String instructor = s.instructorStaffId() == null ? s.instructorName()
                : repos.staff.find(s.instructorStaffId()).map(Staff::name).orElse(s.instructorName());
        return new SessionDetail(s, days, repos.courses.get(s.courseId()).name(), plan.fiscalYear(), plan.status(),
                repos.enrollments.findBySession(sessionId).size(), instructor == null ? "" : instructor);
    }

    /**
     * The staff member an officer means by {@code query} (an employee number, or a name written with or
     * without spaces) as an internal instructor; refused when nobody or more than one person matches.
     */
    public Staff findInstructor(String query) {
        String key = Text.key(query);
        List<Staff> matches = repos.staff.findAll().stream()
                .filter(s -> Text.key(s.employeeNo()).equals(key) || Text.key(s.name()).equals(key)).toList();
        if (matches.size() == 1) {
            return matches.getFirst();
        }
        throw new RefusedException(I18n.t(matches.isEmpty() ? "session.instructorUnknown"
                : "session.instructorAmbiguous", query));
    }

    /** A new session of {@code draft.courseId()} in the year's plan (created when missing), numbered after the others. */
    public SessionDetail add(int fiscalYear, Session draft, List<LocalDate> days) {
        return db.inTransaction(() -> {
            AnnualPlan plan = plans.planOrCreate(fiscalYear);
            Course course = repos.courses.get(draft.courseId());
            List<LocalDate> clean = validDays(days, fiscalYear);
            int number = repos.sessions.findByPlanAndCourse(plan.id(), course.id()).stream()
                    .mapToInt(Session::sessionNo).max().orElse(0) + 1;
            Session saved = repos.sessions.insert(cleaned(new Session(0, plan.id(), course.id(), number,
                    draft.venue(), draft.instructorStaffId(), draft.instructorName(),
                    draft.capacity() != null ? draft.capacity() : course.defaultCapacity(),
                    draft.applicationDeadline(), draft.periodEnd(), draft.status(), draft.note(), 0)));
            clean.forEach(d -> repos.sessionDays.insert(SessionDay.of(saved.id(), d)));
            repos.audit.record("INSERT", "course_session", saved.id(), course.name() + " #" + number);
            return detail(saved.id());
        });
    }

    /** Saves the session's fields and days (version-checked); removed days must have no attendance. */
    public SessionDetail update(Session session, List<LocalDate> days) {
        return db.inTransaction(() -> {
            AnnualPlan plan = repos.plans.get(session.planId());
            List<LocalDate> clean = validDays(days, plan.fiscalYear());
            Session saved = repos.sessions.update(cleaned(session));
            setDays(saved.id(), clean);
            repos.audit.record("UPDATE", "course_session", saved.id(), saved.courseId() + " #" + saved.sessionNo());
            return detail(saved.id());
        });
    }

    /**
     * Moves {@code daysForNew} of the session into a new session of the same course (numbered last), keeping
     * the days' rows and their attendance; nominations stay with the original session.
     */
    public SessionDetail split(Session session, List<LocalDate> daysForNew) {
        return db.inTransaction(() -> {
            Session current = repos.sessions.update(session); // version check; bumps the version
            List<SessionDay> days = repos.sessionDays.findBySession(current.id());
            Set<LocalDate> moving = new TreeSet<>(daysForNew);
            if (moving.isEmpty() || moving.size() >= days.size()
                    || !days.stream().map(SessionDay::heldOn).toList().containsAll(moving)) {
                throw new RefusedException(I18n.t("session.split.chooseDays"));
            }
            int number = repos.sessions.findByPlanAndCourse(current.planId(), current.courseId()).stream()
                    .mapToInt(Session::sessionNo).max().orElse(0) + 1;
            Session created = repos.sessions.insert(new Session(0, current.planId(), current.courseId(), number,
                    current.venue(), current.instructorStaffId(), current.instructorName(), current.capacity(),
                    current.applicationDeadline(), null, current.status(), current.note(), 0));
            for (SessionDay d : days) {
                if (moving.contains(d.heldOn())) {
                    repos.sessionDays.update(new SessionDay(d.id(), created.id(), d.heldOn(), d.startsAt(),
                            d.endsAt(), d.version()));
                }
            }
            repos.audit.record("SPLIT", "course_session", current.id(), "→ #" + created.id() + " " + moving);
            return detail(created.id());
        });
    }

    /** Puts a split-off session's days back into {@code into} and removes it (undo of a split). */
    public void merge(long splitOffId, long intoId) {
        db.inTransaction(() -> {
            Session splitOff = repos.sessions.get(splitOffId);
            if (repos.enrollments.findBySession(splitOffId).size() > 0) {
                throw new RefusedException(I18n.t("session.inUse"));
            }
            for (SessionDay d : repos.sessionDays.findBySession(splitOffId)) {
                repos.sessionDays.update(new SessionDay(d.id(), intoId, d.heldOn(), d.startsAt(), d.endsAt(),
                        d.version()));
            }
            repos.sessions.delete(splitOff);
            repos.audit.record("MERGE", "course_session", intoId, "← #" + splitOffId);
        });
    }

    /** Deletes sessions nothing refers to (undoing their creation); refused if any has nominations or attendance. */
    public void delete(List<Long> sessionIds) {
        db.inTransaction(() -> {
            for (long id : sessionIds) {
                if (repos.usage.session(id) > 0) {
                    throw new RefusedException(I18n.t("session.inUse"));
                }
                repos.sessionDays.findBySession(id).forEach(repos.sessionDays::delete);
                repos.sessions.delete(repos.sessions.get(id));
                repos.audit.record("DELETE", "course_session", id, null);
            }
        });
    }

    private void setDays(long sessionId, List<LocalDate> wanted) {
        Set<LocalDate> keep = new TreeSet<>(wanted);
        for (SessionDay d : repos.sessionDays.findBySession(sessionId)) {
            if (!keep.remove(d.heldOn())) {
                if (repos.usage.sessionDay(d.id()) > 0) {
                    throw new RefusedException(I18n.t("import.plan.dayHasAttendance",
                            org.kenshu.model.Wareki.monthDayWithWeekday(d.heldOn())));
                }
                repos.sessionDays.delete(d);
            }
        }
        keep.forEach(d -> repos.sessionDays.insert(SessionDay.of(sessionId, d)));
    }

    /** At least one day, each once, all inside the fiscal year. */
    private static List<LocalDate> validDays(List<LocalDate> days, int fiscalYear) {
        TreeSet<LocalDate> sorted = new TreeSet<>();
        for (LocalDate d : days) {
            if (d != null) {
                sorted.add(d);
            }
        }
        if (sorted.isEmpty()) {
            throw new RefusedException(I18n.t("session.daysRequired"));
        }
        FiscalYear fy = FiscalYear.of(fiscalYear);
        for (LocalDate d : sorted) {
            if (!fy.contains(d)) {
                throw new RefusedException(I18n.t("import.plan.dayOutsideYear",
                        org.kenshu.model.Wareki.monthDayWithWeekday(d),
                        org.kenshu.model.Wareki.fiscalYear(fiscalYear, org.kenshu.model.EraDisplay.JAPANESE)));
            }
        }
        return new ArrayList<>(sorted);
    }

    /** Text trimmed (blank → none), an internal instructor without an outside name, capacity not negative. */
    private static Session cleaned(Session s) {
        if (s.capacity() != null && s.capacity() < 0) {
            throw new RefusedException(I18n.t("catalog.negative"));
        }
        String name = s.instructorStaffId() != null || Text.isBlank(s.instructorName()) ? null
                : Tidy.text(s.instructorName());
        return new Session(s.id(), s.planId(), s.courseId(), s.sessionNo(), Text.isBlank(s.venue()) ? null
                : Tidy.text(s.venue()), s.instructorStaffId(), name, s.capacity(), s.applicationDeadline(),
                s.periodEnd(), s.status(), Text.isBlank(s.note()) ? null : s.note().strip(), s.version());
    }
}
