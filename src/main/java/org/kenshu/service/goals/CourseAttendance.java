package org.kenshu.service.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kenshu.model.SessionStatus;
import org.kenshu.store.GoalFacts.DayCount;
import org.kenshu.store.GoalFacts.SessionFact;
import org.kenshu.store.GoalPeople.EnrollmentFact;

/**
 * The sessions of a goal's course set and, per staff member and session, how many days were
 * attended. Completed (DESIGN.md §5) = every day of at least one (not cancelled) session of the
 * course attended; an e-learning session has one day, so one attended row completes it.
 */
final class CourseAttendance {
    private final Map<Long, SessionFact> sessions = new HashMap<>();
    private final Map<Long, List<SessionFact>> byCourse = new HashMap<>();
    private final Map<Long, Map<Long, DayCount>> byStaff = new HashMap<>();

    CourseAttendance(List<SessionFact> sessionFacts, List<DayCount> counts) {
        for (SessionFact s : sessionFacts) {
            sessions.put(s.sessionId(), s);
            byCourse.computeIfAbsent(s.courseId(), k -> new ArrayList<>()).add(s);
        }
        for (DayCount c : counts) {
            byStaff.computeIfAbsent(c.staffId(), k -> new HashMap<>()).put(c.sessionId(), c);
        }
    }

    /** Completed a session of {@code courseId} (among the loaded years). */
    boolean completed(long staffId, long courseId) {
        Map<Long, DayCount> mine = byStaff.get(staffId);
        return mine != null && byCourse.getOrDefault(courseId, List.of()).stream().anyMatch(s -> complete(s, mine));
    }

    /** Completed any session of the course set (among the loaded years). */
    boolean completedAny(long staffId) {
        Map<Long, DayCount> mine = byStaff.get(staffId);
        return mine != null && mine.keySet().stream().map(sessions::get).anyMatch(s -> s != null && complete(s, mine));
    }

    private static boolean complete(SessionFact s, Map<Long, DayCount> mine) {
        DayCount c = mine.get(s.sessionId());
        return c != null && s.status() != SessionStatus.CANCELLED && s.dayCount() > 0 && c.attended() == s.dayCount();
    }

    Optional<SessionFact> session(Long sessionId) {
        return sessionId == null ? Optional.empty() : Optional.ofNullable(sessions.get(sessionId));
    }

    List<SessionFact> sessionsOf(long courseId) {
        return byCourse.getOrDefault(courseId, List.of());
    }

    Optional<DayCount> count(long staffId, long sessionId) {
        return Optional.ofNullable(byStaff.getOrDefault(staffId, Map.of()).get(sessionId));
    }

    /**
     * When the nomination's session begins (for "left before the session"): its first day, or the
     * first day of the course's earliest session when no session is assigned; null when unknown.
     */
    LocalDate begins(EnrollmentFact e) {
        Optional<SessionFact> own = session(e.sessionId());
        if (own.isPresent() && own.get().firstDay() != null) {
            return own.get().firstDay();
        }
        return sessionsOf(e.courseId()).stream().filter(s -> s.status() != SessionStatus.CANCELLED)
                .map(SessionFact::firstDay).filter(d -> d != null).min(Comparator.naturalOrder()).orElse(null);
    }

    /**
     * Counts in the forecast: the nomination's session is not cancelled, has not ended by
     * {@code today}, and no day of it recorded so far was missed.
     */
    boolean stillAhead(EnrollmentFact e, long staffId, LocalDate today) {
        Optional<SessionFact> s = session(e.sessionId());
        if (s.isEmpty() || s.get().status() == SessionStatus.CANCELLED) {
            return false;
        }
        LocalDate ends = s.get().endsOn();
        boolean ended = ends != null && ends.isBefore(today);
        int missed = count(staffId, s.get().sessionId()).map(c -> c.marks() - c.attended()).orElse(0);
        return !ended && missed == 0;
    }
}
