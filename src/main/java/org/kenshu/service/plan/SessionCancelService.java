package org.kenshu.service.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kenshu.model.Enrollment;
import org.kenshu.model.EnrollmentStatus;
import org.kenshu.model.I18n;
import org.kenshu.model.Session;
import org.kenshu.model.SessionStatus;
import org.kenshu.service.RefusedException;
import org.kenshu.store.Database;
import org.kenshu.store.Repositories;

/**
 * Cancelling a session (中止): it stays in the plan as CANCELLED so its nominations remain visible, and
 * the officer decides what happens to them — keep them on it, move them to another session of the
 * course, or cancel them. Restoring puts the session and every nomination back as they were.
 */
public final class SessionCancelService {
    private final Database db;
    private final Repositories repos;
    private final SessionEditService sessions;

    public SessionCancelService(Database db, Repositories repos, SessionEditService sessions) {
        this.db = db;
        this.repos = repos;
        this.sessions = sessions;
    }

    /** Sessions of the same course and plan that nominations can move to (planned, not this one). */
    public List<SessionDetail> moveTargets(Session session) {
        return repos.sessions.findByPlanAndCourse(session.planId(), session.courseId()).stream()
                .filter(s -> s.id() != session.id() && s.status() == SessionStatus.PLANNED)
                .map(s -> sessions.detail(s.id()))
                .toList();
    }

    /** Cancels the session; {@code moveTo} names the target session when {@code handling} is MOVE. */
    public CancelResult cancel(Session session, NominationHandling handling, Long moveTo) {
        return db.inTransaction(() -> {
            if (handling == NominationHandling.MOVE && (moveTo == null
                    || moveTargets(session).stream().noneMatch(t -> t.session().id() == moveTo))) {
                throw new RefusedException(I18n.t("session.cancel.noTarget"));
            }
            Session cancelled = repos.sessions.update(withStatus(session, SessionStatus.CANCELLED));
            List<Enrollment> before = repos.enrollments.findBySession(session.id());
            List<Enrollment> after = new ArrayList<>();
            for (Enrollment e : before) {
                Enrollment changed = switch (handling) {
                    case KEEP -> e;
                    case MOVE -> repos.enrollments.update(new Enrollment(e.id(), e.courseId(), e.fiscalYear(),
                            e.staffId(), moveTo, e.kind(), e.status(), e.statusReason(), e.appliedOn(),
                            e.importBatchId(), e.version()));
                    case CANCEL -> e.status() == EnrollmentStatus.CANCELLED ? e
                            : repos.enrollments.update(new Enrollment(e.id(), e.courseId(), e.fiscalYear(),
                                    e.staffId(), e.sessionId(), e.kind(), EnrollmentStatus.CANCELLED,
                                    I18n.t("session.cancel.reason"), e.appliedOn(), e.importBatchId(), e.version()));
                };
                after.add(changed);
            }
            repos.audit.record("CANCEL", "course_session", cancelled.id(),
                    handling + (moveTo == null ? "" : " → #" + moveTo) + ", " + before.size() + " enrollments");
            return new CancelResult(sessions.detail(cancelled.id()), before, after);
        });
    }

    /** Undoes a cancellation: the session is planned again and each nomination is as it was. */
    public SessionDetail restore(CancelResult cancelled) {
        return db.inTransaction(() -> {
            Session current = repos.sessions.get(cancelled.session().session().id());
            Session restored = repos.sessions.update(withStatus(
                    new Session(current.id(), current.planId(), current.courseId(), current.sessionNo(),
                            current.venue(), current.instructorStaffId(), current.instructorName(), current.capacity(),
                            current.applicationDeadline(), current.periodEnd(), current.status(), current.note(),
                            cancelled.session().session().version()),
                    SessionStatus.PLANNED));
            Map<Long, Enrollment> after = cancelled.after().stream()
                    .collect(Collectors.toMap(Enrollment::id, Function.identity()));
            for (Enrollment b : cancelled.before()) {
                Enrollment a = after.get(b.id());
                if (a != null && a.version() != b.version()) {
                    repos.enrollments.update(new Enrollment(b.id(), b.courseId(), b.fiscalYear(), b.staffId(),
                            b.sessionId(), b.kind(), b.status(), b.statusReason(), b.appliedOn(), b.importBatchId(),
                            a.version()));
                }
            }
            repos.audit.record("RESTORE", "course_session", restored.id(), null);
            return sessions.detail(restored.id());
        });
    }

    private static Session withStatus(Session s, SessionStatus status) {
        return new Session(s.id(), s.planId(), s.courseId(), s.sessionNo(), s.venue(), s.instructorStaffId(),
                s.instructorName(), s.capacity(), s.applicationDeadline(), s.periodEnd(), status, s.note(),
                s.version());
    }
}
