package org.kenshu.service.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kenshu.model.AnnualPlan;
import org.kenshu.model.FiscalYear;
import org.kenshu.model.Session;
import org.kenshu.model.SessionDay;
import org.kenshu.model.SessionStatus;
import org.kenshu.store.Repositories;

/**
 * Finds the session day a course was held on a date: a day of one of the course's sessions, or
 * for e-learning a date within a session's period (its one day up to {@code periodEnd}).
 */
final class SessionFinder {
    /** A session with its days. */
    record Held(Session session, int fiscalYear, List<SessionDay> days) {
    }

    private final Map<Long, List<Held>> byCourse = new HashMap<>();

    SessionFinder(Repositories repos) {
        Map<Long, Integer> planYears = new HashMap<>();
        for (AnnualPlan p : repos.plans.findAll()) {
            planYears.put(p.id(), p.fiscalYear());
        }
        Map<Long, List<SessionDay>> days = new HashMap<>();
        for (SessionDay d : repos.sessionDays.findAll()) {
            days.computeIfAbsent(d.sessionId(), k -> new ArrayList<>()).add(d);
        }
        for (Session s : repos.sessions.findAll()) {
            add(new Held(s, planYears.get(s.planId()), days.getOrDefault(s.id(), List.of())));
        }
    }

    void add(Held held) {
        byCourse.computeIfAbsent(held.session().courseId(), k -> new ArrayList<>()).add(held);
    }

    /** The day of a planned (not cancelled) session of {@code courseId} on {@code date}. */
    Optional<SessionDay> day(long courseId, LocalDate date) {
        for (Held h : byCourse.getOrDefault(courseId, List.of())) {
            if (h.session().status() == SessionStatus.CANCELLED) {
                continue;
            }
            for (SessionDay d : h.days()) {
                if (d.heldOn().equals(date)) {
                    return Optional.of(d);
                }
            }
            LocalDate end = h.session().periodEnd();
            if (end != null && h.days().size() == 1 && !date.isBefore(h.days().getFirst().heldOn())
                    && !date.isAfter(end)) {
                return Optional.of(h.days().getFirst());
            }
        }
        return Optional.empty();
    }

    /** The sessions of a course in a fiscal year. */
    List<Held> sessions(long courseId, FiscalYear fy) {
        return byCourse.getOrDefault(courseId, List.of()).stream().filter(h -> h.fiscalYear() == fy.year()).toList();
    }

    Held sessionOf(long sessionId, long courseId) {
        return byCourse.getOrDefault(courseId, List.of()).stream().filter(h -> h.session().id() == sessionId)
                .findFirst().orElseThrow();
    }
}
