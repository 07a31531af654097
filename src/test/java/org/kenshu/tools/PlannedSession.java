package org.kenshu.tools;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One row of a 年度研修計画: a session of a course in a fiscal year. {@code days} are the session's
 * days; for an e-learning period they are every calendar day from the first to the last.
 */
record PlannedSession(CourseDef course, int fy, int no, int count, List<LocalDate> days, String venue,
        String instructor) {

    LocalDate first() {
        return days.get(0);
    }

    LocalDate last() {
        return days.get(days.size() - 1);
    }

    int capacity() {
        return course.capacity;
    }

    /** 「第1回」 when the course runs more than once that year, else blank. */
    String label() {
        return count > 1 ? "第" + no + "回" : "";
    }

    /** The 日程 column: 「5/12」, 「5/12～5/13」, 「6/3、6/10」 or an e-learning period 「6/1～6/30」. */
    String schedule() {
        if (days.size() == 1) {
            return SampleCalendar.md(first());
        }
        if (course.pattern == CourseDef.Pattern.SEPARATE) {
            return days.stream().map(SampleCalendar::md).collect(Collectors.joining("、"));
        }
        return SampleCalendar.md(first()) + "～" + SampleCalendar.md(last());
    }

    /** Days someone can attend: every day, except in an e-learning period only business days. */
    List<LocalDate> attendableDays() {
        return course.isElearning() ? days.stream().filter(SampleCalendar::isBusinessDay).toList() : days;
    }

    /** The 対象職層 column. */
    String targetText() {
        if (course.targetText != null) {
            return course.targetText;
        }
        return course.tiers.stream().map(t -> SampleOrganisation.tier(t).name()).collect(Collectors.joining("、"));
    }

    String courseTypeName() {
        return SampleOrganisation.courseTypeName(course.type);
    }

    @Override
    public String toString() {
        return course.name + " " + label() + " " + schedule();
    }
}
