package org.kenshu.service.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.kenshu.model.GapReason;
import org.kenshu.model.SessionStatus;
import org.kenshu.store.GoalFacts.DayRef;
import org.kenshu.store.GoalFacts.MarkFact;
import org.kenshu.store.GoalFacts.SessionFact;
import org.kenshu.store.GoalPeople.EnrollmentFact;
import org.kenshu.store.GoalPeople.Name;

/** Says why each counted person has not completed: absent on a day, not yet held, partial days… */
final class GapExplainer {
    private final GoalContext ctx;

    GapExplainer(GoalContext ctx) {
        this.ctx = ctx;
    }

    List<GapPerson> explain(Counting counting) {
        List<Counted> gap = counting.rows().stream().filter(r -> !r.completed()).toList();
        Set<Long> staffIds = new HashSet<>();
        gap.forEach(r -> staffIds.add(r.person().staffId()));
        Map<Long, Name> names = ctx.repos.goalPeople.names(staffIds);
        Map<Long, String> courses = ctx.repos.goalFacts.courseNames();
        // staff → session → day → mark, for the people of the gap only
        Map<Long, Map<Long, Map<LocalDate, String>>> marks = new HashMap<>();
        for (MarkFact m : counting.attendance().marks()) {
            if (staffIds.contains(m.staffId())) {
                DayRef day = counting.attendance().day(m.sessionDayId());
                marks.computeIfAbsent(m.staffId(), k -> new HashMap<>())
                        .computeIfAbsent(day.sessionId(), k -> new TreeMap<>()).put(day.heldOn(), m.mark());
            }
        }
        Labels labels = ctx.labels();
        List<GapPerson> people = new ArrayList<>();
        for (Counted r : gap) {
            long staff = r.person().staffId();
            Name name = names.getOrDefault(staff, new Name("", ""));
            Map<Long, Map<LocalDate, String>> mine = marks.getOrDefault(staff, Map.of());
            EnrollmentFact e = r.enrollment();
            Optional<SessionFact> session = e == null ? Optional.empty()
                    : counting.attendance().session(e.sessionId()).or(() -> attendedSession(counting, e, mine));
            Reason reason = e == null ? new Reason(GapReason.NOT_ENROLLED, List.of())
                    : session.isEmpty() ? new Reason(GapReason.NOT_ASSIGNED, List.of())
                    : reason(session.get(), mine.getOrDefault(session.get().sessionId(), Map.of()));
            people.add(new GapPerson(staff, name.employeeNo(), name.name(),
                    labels.fullDepartment(r.person().departmentId()), labels.tier(r.person().tierId()), r.courseId(),
                    e == null ? "" : courses.getOrDefault(e.courseId(), ""), e == null ? null : e.enrollmentId(),
                    e == null ? 0 : e.version(), session.map(SessionFact::sessionId).orElse(null),
                    session.map(SessionFact::sessionNo).orElse(null), session.map(SessionFact::firstDay).orElse(null),
                    reason.reason(), reason.days()));
        }
        people.sort(Comparator.comparing(GapPerson::department).thenComparing(GapPerson::employeeNo));
        return people;
    }

    private record Reason(GapReason reason, List<LocalDate> days) {
    }

    /** An unassigned nomination whose person has marks on one of the course's sessions: explain that one. */
    private static Optional<SessionFact> attendedSession(Counting counting, EnrollmentFact e,
            Map<Long, Map<LocalDate, String>> mine) {
        return counting.attendance().sessionsOf(e.courseId()).stream().filter(s -> mine.containsKey(s.sessionId()))
                .findFirst();
    }

    private Reason reason(SessionFact s, Map<LocalDate, String> mine) {
        if (s.status() == SessionStatus.CANCELLED) {
            return new Reason(GapReason.SESSION_CANCELLED, List.of());
        }
        List<LocalDate> absent = new ArrayList<>();
        List<LocalDate> notCounted = new ArrayList<>();
        int attended = 0;
        for (var m : mine.entrySet()) {
            if (ctx.attendedMarks.contains(m.getValue())) {
                attended++;
            } else if (m.getValue().equals("LATE") || m.getValue().equals("LEFT_EARLY")) {
                notCounted.add(m.getKey());
            } else {
                absent.add(m.getKey());
            }
        }
        if (!absent.isEmpty()) {
            boolean none = attended == 0 && notCounted.isEmpty();
            List<LocalDate> missed = new ArrayList<>(absent);
            missed.addAll(notCounted);
            missed.sort(Comparator.naturalOrder());
            return new Reason(none ? GapReason.ABSENT : GapReason.PARTIAL, missed);
        }
        if (!notCounted.isEmpty()) {
            return new Reason(GapReason.NOT_COUNTED, notCounted);
        }
        LocalDate ends = s.endsOn();
        if (ends == null || !ends.isBefore(ctx.today)) {
            return new Reason(GapReason.NOT_YET_HELD, s.days().stream().filter(d -> !d.isBefore(ctx.today)).toList());
        }
        List<LocalDate> unrecorded = s.days().stream().filter(d -> !mine.containsKey(d)).toList();
        return new Reason(mine.isEmpty() ? GapReason.NO_RECORD : GapReason.PARTIAL, unrecorded);
    }
}
