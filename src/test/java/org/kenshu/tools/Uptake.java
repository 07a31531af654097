package org.kenshu.tools;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kenshu.tools.Attendance.Kind;
import org.kenshu.tools.Attendance.Mark;
import org.kenshu.tools.Nominator.Nomination;

/**
 * 階層別研修の受講率 as DESIGN.md §5 counts it: TIER nominations minus 免除 minus staff who left
 * before their session began; completed = every day of at least one of the course's sessions that
 * year marked 出席, 遅刻 or 早退.
 */
record Uptake(int nominated, int exempt, int leftBefore, int denominator, int numerator,
        Map<String, int[]> perCourse) {

    private static final Set<Kind> ATTENDED = EnumSet.of(Kind.PRESENT, Kind.LATE, Kind.EARLY);

    double rate() {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }

    static Uptake tier(List<Nomination> nominations, List<Mark> marks, Map<String, LocalDate> leftOn) {
        Map<String, Kind> dayMarks = new HashMap<>();
        for (Mark m : marks) {
            dayMarks.put(key(m.session(), m.person().employeeNo, m.day()), m.kind());
        }
        Set<String> exempted = marks.stream().filter(m -> m.kind() == Kind.EXEMPT)
                .map(m -> m.session().course().code + "|" + m.person().employeeNo).collect(Collectors.toSet());
        Map<String, List<PlannedSession>> sessionsOf = marks.stream().map(Mark::session).distinct()
                .collect(Collectors.groupingBy(s -> s.course().code));
        int nominated = 0;
        int exempt = 0;
        int leftBefore = 0;
        int completed = 0;
        Map<String, int[]> perCourse = new LinkedHashMap<>();
        for (Nomination n : nominations) {
            CourseDef course = n.session().course();
            if (!course.isTier()) {
                continue;
            }
            nominated++;
            String no = n.person().employeeNo;
            LocalDate left = leftOn.get(no);
            if (exempted.contains(course.code + "|" + no)) {
                exempt++;
                continue;
            }
            if (left != null && left.isBefore(n.session().first())) {
                leftBefore++;
                continue;
            }
            int[] c = perCourse.computeIfAbsent(course.name, k -> new int[2]);
            c[1]++;
            boolean done = sessionsOf.getOrDefault(course.code, List.of()).stream().anyMatch(s -> s.days().stream()
                    .allMatch(d -> ATTENDED.contains(dayMarks.get(key(s, no, d)))));
            if (done) {
                completed++;
                c[0]++;
            }
        }
        return new Uptake(nominated, exempt, leftBefore, nominated - exempt - leftBefore, completed, perCourse);
    }

    private static String key(PlannedSession s, String employeeNo, LocalDate day) {
        return s.course().code + "|" + s.no() + "|" + employeeNo + "|" + day;
    }

    @Override
    public String toString() {
        return String.format("%d/%d = %.1f%% (nominated %d, exempt %d, left before %d)", numerator, denominator,
                rate() * 100, nominated, exempt, leftBefore);
    }
}
