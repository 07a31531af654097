package org.kenshu.service.targets;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.kenshu.model.Session;
import org.kenshu.model.SessionStatus;

/**
 * A session as assignment sees it: its days in date order and its capacity (the session's, else the
 * course's default; null = no limit). An e-learning session is one day plus {@code periodEnd}.
 */
record SessionSlot(Session session, List<LocalDate> days, Integer capacity) {
    static final Comparator<SessionSlot> ORDER = Comparator
            .comparing(SessionSlot::firstDay, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(s -> s.session().sessionNo());

    SessionSlot {
        days = List.copyOf(days);
    }

    long id() {
        return session.id();
    }

    LocalDate firstDay() {
        return days.isEmpty() ? null : days.getFirst();
    }

    boolean cancelled() {
        return session.status() == SessionStatus.CANCELLED;
    }

    /** Still to come and not cancelled: a session people can be placed in on {@code today}. */
    boolean isOpenOn(LocalDate today) {
        return !cancelled() && (firstDay() == null || !firstDay().isBefore(today));
    }

    /** A period (e-learning): attended on any one day from the first day to {@code periodEnd}. */
    boolean isPeriod() {
        return session.periodEnd() != null && days.size() == 1 && session.periodEnd().isAfter(days.getFirst());
    }
}
