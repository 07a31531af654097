package org.kenshu.service.goals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.kenshu.model.AnnualPlan;
import org.kenshu.model.Enrollment;
import org.kenshu.model.EnrollmentStatus;
import org.kenshu.model.I18n;
import org.kenshu.model.Session;
import org.kenshu.model.SessionDay;
import org.kenshu.model.SessionStatus;
import org.kenshu.model.StaleEditException;
import org.kenshu.store.Database;
import org.kenshu.store.Repositories;

/**
 * Moves a nomination to a later session of the same course in the same fiscal year (再指名), from
 * the list of people behind a goal's gap. One transaction, an audit entry, the version checked;
 * the move can be undone.
 */
public final class Renomination {
    private final Database db;
    private final Repositories repos;
    private final Clock clock;

    public Renomination(Database db, Repositories repos, Clock clock) {
        this.db = db;
        this.repos = repos;
        this.clock = clock;
    }

    /** A session the nomination can move to, with how full it is. */
    public record LaterSession(long sessionId, int sessionNo, List<LocalDate> days, LocalDate periodEnd,
            Integer capacity, int enrolled) {

        public boolean full() {
            return capacity != null && enrolled >= capacity;
        }
    }

    /** Sessions of the nomination's course in its fiscal year that start after today, not cancelled, not its own. */
    public List<LaterSession> laterSessions(long enrollmentId) {
        Enrollment e = repos.enrollments.get(enrollmentId);
        LocalDate today = LocalDate.now(clock);
        AnnualPlan plan = repos.plans.findByFiscalYear(e.fiscalYear()).orElse(null);
        if (plan == null) {
            return List.of();
        }
        return repos.sessions.findByPlanAndCourse(plan.id(), e.courseId()).stream()
                .filter(s -> s.status() != SessionStatus.CANCELLED && !Objects.equals(s.id(), e.sessionId()))
                .map(s -> later(s))
                .filter(s -> !s.days().isEmpty() && s.days().getFirst().isAfter(today))
                .sorted(Comparator.comparing(s -> s.days().getFirst()))
                .toList();
    }

    private LaterSession later(Session s) {
        List<LocalDate> days = repos.sessionDays.findBySession(s.id()).stream().map(SessionDay::heldOn).sorted()
                .toList();
        int enrolled = (int) repos.enrollments.findBySession(s.id()).stream()
                .filter(x -> x.status() == EnrollmentStatus.ENROLLED).count();
        return new LaterSession(s.id(), s.sessionNo(), days, s.periodEnd(), s.capacity(), enrolled);
    }

    /**
     * Moves the nomination (as of {@code version}) to {@code sessionId}, which must be one of
     * {@link #laterSessions}; returns the moved nomination.
     */
    public Enrollment move(long enrollmentId, int version, long sessionId) {
        if (laterSessions(enrollmentId).stream().noneMatch(s -> s.sessionId() == sessionId)) {
            throw new IllegalArgumentException(I18n.t("goals.renominate.notLater"));
        }
        return moveTo(enrollmentId, version, sessionId);
    }

    /** Puts a moved nomination back in its former session (undo); {@code sessionId} may be null. */
    public Enrollment moveBack(long enrollmentId, int version, Long sessionId) {
        return moveTo(enrollmentId, version, sessionId);
    }

    private Enrollment moveTo(long enrollmentId, int version, Long sessionId) {
        return db.inTransaction(() -> {
            Enrollment e = repos.enrollments.get(enrollmentId);
            if (e.version() != version) {
                throw new StaleEditException("enrollment", enrollmentId, e);
            }
            Enrollment moved = repos.enrollments.update(new Enrollment(e.id(), e.courseId(), e.fiscalYear(),
                    e.staffId(), sessionId, e.kind(), e.status(), e.statusReason(), e.appliedOn(), e.importBatchId(),
                    e.version()));
            repos.audit.record("RENOMINATE", "enrollment", e.id(),
                    "session " + e.sessionId() + " -> " + sessionId);
            return moved;
        });
    }
}
