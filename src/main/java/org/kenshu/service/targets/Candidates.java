package org.kenshu.service.targets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kenshu.model.Assignment;
import org.kenshu.model.Enrollment;
import org.kenshu.model.EnrollmentKind;
import org.kenshu.model.EnrollmentStatus;
import org.kenshu.service.targets.SessionAssigner.Candidate;
import org.kenshu.service.targets.SessionAssigner.Seated;

/**
 * Splits a course's enrollments into those holding a seat and those to place. To place: the waiting
 * list, and enrolled people without a session or in a cancelled one (never walk-ins, never exempt,
 * declined or cancelled ones). Order: the waiting list first (by application date, then as they
 * joined it), then the others by application date, then by employee number; a manual order, when given, comes before all of these.
 */
final class Candidates {
    final List<Seated> seated = new ArrayList<>();
    final List<Candidate> toPlace = new ArrayList<>();

    Candidates(YearData d, List<SessionSlot> sessions, List<Enrollment> enrollments, List<Long> manualOrder) {
        Set<Long> open = new HashSet<>();
        sessions.stream().filter(s -> !s.cancelled()).forEach(s -> open.add(s.id()));
        LocalDate start = d.fiscalYear.start();
        List<Enrollment> waiting = new ArrayList<>();
        for (Enrollment e : enrollments) {
            int i = d.facts.indexOf(e.staffId());
            if (i < 0) {
                continue;
            }
            boolean inOpenSession = e.sessionId() != null && open.contains(e.sessionId());
            if (e.status() == EnrollmentStatus.ENROLLED && inOpenSession) {
                seated.add(new Seated(e.sessionId(), department(d.facts, i, start)));
            } else if (e.kind() != EnrollmentKind.WALK_IN && (e.status() == EnrollmentStatus.WAITLISTED
                    || e.status() == EnrollmentStatus.ENROLLED)) {
                waiting.add(e);
            }
        }
        Map<Long, Integer> manual = new HashMap<>();
        if (manualOrder != null) {
            for (int k = 0; k < manualOrder.size(); k++) {
                manual.putIfAbsent(manualOrder.get(k), k);
            }
        }
        waiting.sort(Comparator.comparing((Enrollment e) -> manual.getOrDefault(e.id(), Integer.MAX_VALUE))
                .thenComparing(e -> e.status() != EnrollmentStatus.WAITLISTED)
                .thenComparing(Enrollment::appliedOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(e -> e.status() == EnrollmentStatus.WAITLISTED ? e.id() : 0L)
                .thenComparing(e -> d.facts.indexOf(e.staffId())));
        for (Enrollment e : waiting) {
            int i = d.facts.indexOf(e.staffId());
            toPlace.add(new Candidate(e.id(), e.version(), e.staffId(), i, department(d.facts, i, start)));
        }
    }

    /** The department used to spread people: the one in force at the start of the fiscal year (or the first). */
    static Long department(StaffFacts facts, int index, LocalDate on) {
        Assignment a = facts.on(index, on);
        if (a == null) {
            a = facts.first(index);
        }
        return a == null ? null : a.departmentId();
    }
}
