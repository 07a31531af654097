package org.kenshu.tools;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places every course's sessions in a fiscal year: each hinted first day moves forward to the next
 * day on which all the session's days are business days and the (in-house) venue is free.
 */
final class Planner {
    private final Set<String> booked = new HashSet<>();
    private final Map<String, Integer> instructorTurn = new HashMap<>();

    List<PlannedSession> plan(int fy, List<Person> roster) {
        List<PlannedSession> sessions = new ArrayList<>();
        for (CourseDef course : SampleCatalog.COURSES) {
            if (course.onlyFy != null && course.onlyFy != fy) {
                continue;
            }
            int n = course.hints.size();
            for (int i = 0; i < n; i++) {
                List<LocalDate> days = course.isElearning() ? period(fy, course.hints.get(i)) : place(fy, course, course.hints.get(i));
                if (SampleCalendar.fiscalYearOf(days.get(0)) != fy || SampleCalendar.fiscalYearOf(days.get(days.size() - 1)) != fy) {
                    throw new IllegalStateException(course.name + " leaves FY" + fy);
                }
                sessions.add(new PlannedSession(course, fy, i + 1, n, List.copyOf(days), course.venue,
                        instructor(course, roster)));
            }
        }
        return sessions;
    }

    private List<LocalDate> place(int fy, CourseDef course, String hint) {
        String[] md = hint.split("/");
        LocalDate start = SampleCalendar.dateIn(fy, Integer.parseInt(md[0]), Integer.parseInt(md[1]));
        while (true) {
            List<LocalDate> days = new ArrayList<>();
            for (int k = 0; k < course.days; k++) {
                int step = course.pattern == CourseDef.Pattern.SEPARATE ? course.spacing : 1;
                days.add(start.plusDays((long) k * step));
            }
            if (days.stream().allMatch(d -> SampleCalendar.isBusinessDay(d) && free(course.venue, d))) {
                days.forEach(d -> book(course.venue, d));
                return days;
            }
            start = start.plusDays(1);
        }
    }

    /** An e-learning 受講期間: from the first business day on or after the start to the last on or before the end. */
    private static List<LocalDate> period(int fy, String hint) {
        String[] ends = hint.split("-");
        String[] a = ends[0].split("/");
        String[] b = ends[1].split("/");
        LocalDate start = SampleCalendar.nextBusinessDay(SampleCalendar.dateIn(fy, Integer.parseInt(a[0]), Integer.parseInt(a[1])));
        LocalDate end = SampleCalendar.dateIn(fy, Integer.parseInt(b[0]), Integer.parseInt(b[1]));
        while (!SampleCalendar.isBusinessDay(end)) {
            end = end.minusDays(1);
        }
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    private static boolean inHouse(String venue) {
        return venue.startsWith("本庁舎") || venue.startsWith("研修センター") || venue.startsWith("消防本部");
    }

    private boolean free(String venue, LocalDate day) {
        return !inHouse(venue) || !booked.contains(venue + "|" + day);
    }

    private void book(String venue, LocalDate day) {
        if (inHouse(venue)) {
            booked.add(venue + "|" + day);
        }
    }

    /** 「@人事課」 names a member of that 課 (副主幹・主査級 or above), in turn; anything else is written as is. */
    private String instructor(CourseDef course, List<Person> roster) {
        if (!course.instructor.startsWith("@")) {
            return course.instructor;
        }
        String ka = course.instructor.substring(1);
        List<Person> staff = roster.stream()
                .filter(p -> p.isActive() && p.dept.ka().equals(ka) && p.rank() >= 3 && p.rank() <= 5).toList();
        int turn = instructorTurn.merge(ka, 1, Integer::sum) - 1;
        Person p = staff.get(turn % staff.size());
        return ka + " " + p.name.joined("\u3000");
    }
}
