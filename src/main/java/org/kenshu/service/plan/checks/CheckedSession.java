package org.kenshu.service.plan.checks;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.kenshu.model.Session;
import org.kenshu.model.SessionDay;
import org.kenshu.model.SessionStatus;

/**
 * A session as the checks see it: its days with times, the venue and instructor as comparison keys, and
 * whether it is a period (e-learning, self-study) rather than days in a room.
 */
record CheckedSession(Session session, String course, List<SessionDay> days, boolean period, String venueKey,
        String instructorKey, String instructorName) {

    boolean planned() {
        return session.status() == SessionStatus.PLANNED;
    }

    /** Held in a room on these days: planned, and not a period. */
    boolean inPerson() {
        return planned() && !period;
    }

    LocalDate firstDay() {
        return days.isEmpty() ? null : days.getFirst().heldOn();
    }

    /** The day this session has on {@code date}, if any. */
    SessionDay dayOn(LocalDate date) {
        return days.stream().filter(d -> d.heldOn().equals(date)).findFirst().orElse(null);
    }

    PlanWarning warn(PlanWarningKind kind, LocalDate date, String message, Long other) {
        return new PlanWarning(kind, session.id(), course, session.sessionNo(), date, message, other);
    }

    /** Two days on one date overlap unless both have times that do not meet. */
    static boolean overlap(SessionDay a, SessionDay b) {
        if (a.startsAt() == null || a.endsAt() == null || b.startsAt() == null || b.endsAt() == null) {
            return true;
        }
        return before(a.startsAt(), b.endsAt()) && before(b.startsAt(), a.endsAt());
    }

    private static boolean before(LocalTime x, LocalTime y) {
        return x.isBefore(y);
    }
}
