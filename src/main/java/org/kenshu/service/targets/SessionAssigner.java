package org.kenshu.service.targets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kenshu.model.EnrollmentStatus;
import org.kenshu.service.targets.Availability.Answer;
import org.kenshu.service.targets.Availability.Kind;

/**
 * Places people in a course's sessions within capacity (pure: no database). Cancelled sessions and
 * sessions already begun are skipped. People keep the order given; each gets a session they can attend with a free seat, chosen by
 * the {@link AssignStrategy}. Someone who cannot attend any session because of leave is proposed EXEMPT
 * with the reason, someone who leaves before all of them CANCELLED; the rest without a seat wait.
 */
final class SessionAssigner {
    /** A person to place: an enrollment (id and version), or a target not nominated yet (id 0). */
    record Candidate(long enrollmentId, int version, long staffId, int staffIndex, Long departmentId) {
    }

    /** Someone already seated in a session (counts against capacity and towards department spread). */
    record Seated(long sessionId, Long departmentId) {
    }

    private final Availability availability;
    private final LocalDate today;

    /** Sessions that began before {@code today} are not offered: nobody can still attend them. */
    SessionAssigner(Availability availability, LocalDate today) {
        this.availability = availability;
        this.today = today;
    }

    List<Placement> assign(List<SessionSlot> sessions, List<Seated> seated, List<Candidate> candidates,
            AssignStrategy strategy) {
        List<SessionSlot> open = sessions.stream().filter(s -> s.isOpenOn(today)).sorted(SessionSlot.ORDER).toList();
        int n = open.size();
        int[] free = new int[n];
        Map<Long, Integer> position = new HashMap<>();
        for (int k = 0; k < n; k++) {
            Integer cap = open.get(k).capacity();
            free[k] = cap == null ? Integer.MAX_VALUE : cap;
            position.put(open.get(k).id(), k);
        }
        Map<Long, int[]> byDepartment = new HashMap<>();
        for (Seated s : seated) {
            Integer k = position.get(s.sessionId());
            if (k != null) {
                free[k] = free[k] == Integer.MAX_VALUE ? free[k] : free[k] - 1;
                byDepartment.computeIfAbsent(s.departmentId(), d -> new int[n])[k]++;
            }
        }
        List<Placement> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            if (n == 0) {
                out.add(placed(c, null, EnrollmentStatus.ENROLLED, null));
                continue;
            }
            int[] ofDepartment = byDepartment.computeIfAbsent(c.departmentId(), d -> new int[n]);
            int chosen = -1;
            Answer firstAway = null;
            Answer firstLeft = null;
            boolean anyAvailable = false;
            for (int k = 0; k < n; k++) {
                Answer a = availability.check(c.staffIndex(), open.get(k));
                if (a.kind() != Kind.AVAILABLE) {
                    firstAway = firstAway == null && a.kind() == Kind.AWAY ? a : firstAway;
                    firstLeft = firstLeft == null && a.kind() == Kind.LEFT ? a : firstLeft;
                    continue;
                }
                anyAvailable = true;
                if (free[k] > 0 && (chosen < 0 || strategy == AssignStrategy.SPREAD_DEPARTMENTS
                        && better(k, chosen, ofDepartment, free))) {
                    chosen = k;
                    if (strategy == AssignStrategy.EARLIEST_FIRST) {
                        break;
                    }
                }
            }
            if (chosen >= 0) {
                if (free[chosen] != Integer.MAX_VALUE) {
                    free[chosen]--;
                }
                ofDepartment[chosen]++;
                out.add(placed(c, open.get(chosen).id(), EnrollmentStatus.ENROLLED, null));
            } else if (!anyAvailable && firstAway != null) {
                out.add(placed(c, null, EnrollmentStatus.EXEMPT, firstAway.reason()));
            } else if (!anyAvailable && firstLeft != null) {
                out.add(placed(c, null, EnrollmentStatus.CANCELLED, firstLeft.reason()));
            } else {
                out.add(placed(c, null, EnrollmentStatus.WAITLISTED, null));
            }
        }
        return out;
    }

    private static Placement placed(Candidate c, Long sessionId, EnrollmentStatus status, String reason) {
        return new Placement(c.enrollmentId(), c.version(), c.staffId(), sessionId, status, reason);
    }

    /** Spreading: fewer of the same department wins; then more free seats; then the earlier session. */
    private static boolean better(int k, int best, int[] ofDepartment, int[] free) {
        if (ofDepartment[k] != ofDepartment[best]) {
            return ofDepartment[k] < ofDepartment[best];
        }
        return free[k] > free[best];
    }
}
