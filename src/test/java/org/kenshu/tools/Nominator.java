package org.kenshu.tools;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * 指名: tier courses nominate everyone their target rule selects on 4/1 (新任 = promoted within 12
 * months, 新規採用 = hired that fiscal year …), spread over the sessions; other courses nominate a
 * random share of their targets per session. One nomination per person, course and fiscal year.
 */
final class Nominator {
    record Nomination(PlannedSession session, Person person) {
    }

    private final Random random;
    private final Set<String> leaving;

    /** {@code leaving}: staff known to leave during the year; tier courses put them in the last session. */
    Nominator(long seed, Set<String> leaving) {
        this.random = new Random(seed);
        this.leaving = leaving;
    }

    List<Nomination> nominate(int fy, List<Person> roster, List<PlannedSession> plan) {
        List<Nomination> out = new ArrayList<>();
        for (CourseDef course : SampleCatalog.COURSES) {
            List<PlannedSession> sessions = plan.stream().filter(s -> s.course() == course).toList();
            if (sessions.isEmpty()) {
                continue;
            }
            List<Person> eligible = new ArrayList<>(roster.stream().filter(p -> eligible(course, p, fy)).toList());
            Collections.shuffle(eligible, random);
            if (course.isTier()) {
                eligible.sort(Comparator.comparing((Person p) -> leaving.contains(p.employeeNo)));
                spread(sessions, eligible, out);
            } else if (course.isElearning() && course.fill >= 0.85) {
                eligible.sort(Comparator.comparing((Person p) -> SampleOrganisation.DEPARTMENTS.indexOf(p.dept))
                        .thenComparing(p -> p.employeeNo));
                spread(sessions, eligible, out);
            } else {
                Set<Person> taken = new HashSet<>();
                int cursor = 0;
                for (PlannedSession s : sessions) {
                    int want = (int) Math.round(s.capacity() * course.fill * (0.9 + random.nextDouble() * 0.2));
                    want = Math.min(want, s.capacity());
                    for (int k = 0; k < want && cursor < eligible.size(); k++, cursor++) {
                        Person p = eligible.get(cursor);
                        if (taken.add(p)) {
                            out.add(new Nomination(s, p));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Contiguous, nearly equal groups in the given order, one per session, within capacity. */
    private static void spread(List<PlannedSession> sessions, List<Person> people, List<Nomination> out) {
        int n = sessions.size();
        int start = 0;
        for (int i = 0; i < n; i++) {
            int size = people.size() / n + (i < people.size() % n ? 1 : 0);
            PlannedSession s = sessions.get(i);
            if (size > s.capacity()) {
                throw new IllegalStateException(s + ": " + size + " nominees over capacity " + s.capacity());
            }
            for (Person p : people.subList(start, start + size)) {
                out.add(new Nomination(s, p));
            }
            start += size;
        }
    }

    /** The course's target rule as the organisation file states it, evaluated on 4/1 of the fiscal year. */
    static boolean eligible(CourseDef course, Person p, int fy) {
        LocalDate april = SampleCalendar.fyStart(fy);
        if (!p.isActive()) {
            return false;
        }
        if (!course.tiers.isEmpty() && !course.tiers.contains(p.tier)) {
            return false;
        }
        boolean allStaff = "全職員".equals(course.targetText);
        if (course.jobs.isEmpty() ? !p.isRegular() && !allStaff : !course.jobs.contains(p.job)) {
            return false;
        }
        int years = SampleCalendar.yearsOfService(p.hired, april);
        if (course.yearsFrom != null && (years < course.yearsFrom || years > course.yearsTo)) {
            return false;
        }
        if (course.promotedWithin != null) {
            return p.promoted != null && p.promoted.isAfter(april.minusMonths(course.promotedWithin))
                    && !p.promoted.isAfter(april);
        }
        return true;
    }
}
