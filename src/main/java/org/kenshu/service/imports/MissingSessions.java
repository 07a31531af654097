package org.kenshu.service.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kenshu.model.AnnualPlan;
import org.kenshu.model.Course;
import org.kenshu.model.FiscalYear;
import org.kenshu.model.Session;
import org.kenshu.model.SessionDay;

/** With {@code --create-missing-sessions}: a date no session of the course was planned on gets a new session. */
final class MissingSessions {
    private final ImportContext ctx;
    private final SessionFinder sessions;

    MissingSessions(ImportContext ctx, SessionFinder sessions) {
        this.ctx = ctx;
        this.sessions = sessions;
    }

    Optional<SessionDay> create(ImportRow row, Course course, LocalDate date) {
        if (!ctx.options.createMissingSessions()) {
            return Optional.empty();
        }
        FiscalYear fy = FiscalYear.containing(date, ctx.organisation.fiscalYearStartMonth());
        AnnualPlan plan = ctx.repos.plans.findByFiscalYear(fy.year()).orElseGet(() -> {
            AnnualPlan p = ctx.repos.plans.insert(AnnualPlan.draft(fy.year()));
            ctx.journal.inserted("annual_plan", p.id());
            return p;
        });
        int next = sessions.sessions(course.id(), fy).stream().mapToInt(h -> h.session().sessionNo()).max().orElse(0) + 1;
        Session s = ctx.repos.sessions.insert(Session.of(plan.id(), course.id(), next));
        ctx.journal.inserted("course_session", s.id());
        SessionDay day = ctx.repos.sessionDays.insert(SessionDay.of(s.id(), date));
        ctx.journal.inserted("session_day", day.id());
        sessions.add(new SessionFinder.Held(s, fy.year(), List.of(day)));
        ctx.warning(row, null, "import.attendance.createdSession", course.name(), ctx.date(date));
        return Optional.of(day);
    }
}
