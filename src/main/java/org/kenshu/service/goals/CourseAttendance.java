package org.kenshu.service.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kenshu.model.SessionStatus;
import org.kenshu.store.GoalFacts.DayRef;
import org.kenshu.store.GoalFacts.MarkFact;
import org.kenshu.store.GoalFacts.SessionFact;
import org.kenshu.store.GoalFacts.SessionSet;
import org.kenshu.store.GoalPeople.EnrollmentFact;

/**
 * The sessions of a goal's course set and, per staff member and session, how many days were
 * attended out of how many marked. Completed (DESIGN.md §5) = every day of at least one (not
 * cancelled) session of the course attended; an e-learning session has one day, so one attended
 * row completes it.
 */
final class CourseAttendance {
    private final Map<Long, SessionFact> sessions = new HashMap<>();
    private final Map<Long, List<SessionFact>> byCourse = new HashMap<>();
    /** staff → session → {attended, marked}. */
    private final Map<Long, Map<Long, int[]>> byStaff = new HashMap<>();
    private final Map<Long, DayRef> days;
    private final List<MarkFact> marks;

    CourseAttendance(SessionSet set, List<MarkFact> marks, List<String> attendedMarks) {
        this.days = set.days();
        this.marks = marks;
        for (SessionFact s : set.sessions()) {
            sessions.put(s.sessionId(), s);
            byCourse.computeIfAbsent(s.courseId(), k -> new ArrayList<>()).add(s);
        }
        for (MarkFact m : marks) {
            DayRef day = days.get(m.sessionDayId());
            int[] c = byStaff.computeIfAbsent(m.staffId(), k -> new HashMap<>())
                    .computeIfAbsent(day.sessionId(), k -> new int[2]);
            c[0] += attendedMarks.contains(m.mark()) ? 1 : 0;
            c[1]++;
        }
    }

    /** Completed a session of {@code courseId} (among the loaded years). */
    boolean completed(long staffId, long courseId) {
        Map<Long, int[]> mine = byStaff.get(staffId);
        return mine != null && byCourse.getOrDefault(courseId, List.of()).stream().anyMatch(s -> complete(s, mine));
    }

    /** Completed any session of the course set (among the loaded years). */
    boolean completedAny(long staffId) {
        Map<Long, int[]> mine = byStaff.get(staffId);
        return mine != null && mine.keySet().stream().map(sessions::get).anyMatch(s -> s != null && complete(s, mine));
    }

    /** The sessions {@code staffId} completed. */
    List<SessionFact> completedSessions(long staffId) {
        Map<Long, int[]> mine = byStaff.getOrDefault(staffId, Map.of());
        return mine.keySet().stream().map(sessions::get).filter(s -> s != null && complete(s, mine)).toList();
    }

    /** Staff with any marks on the loaded sessions. */
    java.util.Set<Long> markedStaff() {
        return byStaff.keySet();
    }

    private static boolean complete(SessionFact s, Map<Long, int[]> mine) {
        int[] c = mine.get(s.sessionId());
        return c != null && s.status() != SessionStatus.CANCELLED && s.dayCount() > 0 && c[0] == s.dayCount();
    }

    Optional<SessionFact> session(Long sessionId) {
        return sessionId == null ? Optional.empty() : Optional.ofNullable(sessions.get(sessionId));
    }

    List<SessionFact> sessionsOf(long courseId) {
        return byCourse.getOrDefault(courseId, List.of());
    }

    /** The marks of the loaded sessions, with the day each is on. */
    List<MarkFact> marks() {
        return marks;
    }

    DayRef day(long sessionDayId) {
        return days.get(sessionDayId);
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
    boolean stillAhead(EnrollmentFact e, LocalDate today) {
        Optional<SessionFact> s = session(e.sessionId());
        if (s.isEmpty() || s.get().status() == SessionStatus.CANCELLED) {
            return false;
        }
        LocalDate ends = s.get().endsOn();
        boolean ended = ends != null && ends.isBefore(today);
        int[] c = byStaff.getOrDefault(e.staffId(), Map.of()).get(s.get().sessionId());
        return !ended && (c == null || c[1] == c[0]);
    }
}
