package org.kenshu.service.reports;

import java.time.LocalDate;
import java.util.List;
import org.kenshu.model.DayRun;
import org.kenshu.model.Wareki;

/**
 * A session's days as a month column of the year-at-a-glance shows them, without the month the column
 * already names: 「12(火)」, 「12(火)～13(水)」, 「3(水)・10(水)」; a day in a later month keeps its
 * month (「28(木)・6/4(木)」), and an e-learning period runs to its end (「1(月)～30(火)」). Each day goes
 * on its own line (after ～ or ・), so the narrow month columns never wrap in the middle of a date.
 */
final class MonthDays {
    private MonthDays() {
    }

    static String of(List<LocalDate> days, LocalDate periodEnd) {
        if (days.isEmpty()) {
            return "";
        }
        LocalDate first = days.getFirst();
        if (periodEnd != null && !periodEnd.equals(first)) {
            return day(first, first) + "～\n" + day(periodEnd, first);
        }
        StringBuilder text = new StringBuilder();
        for (DayRun run : DayRun.of(days)) {
            if (!text.isEmpty()) {
                text.append("・\n");
            }
            text.append(day(run.first(), first));
            if (!run.single()) {
                text.append("～\n").append(day(run.last(), first));
            }
        }
        return text.toString();
    }

    private static String day(LocalDate date, LocalDate first) {
        String weekday = "(" + Wareki.weekday(date.getDayOfWeek()) + ")";
        boolean sameMonth = date.getYear() == first.getYear() && date.getMonth() == first.getMonth();
        return (sameMonth ? "" : date.getMonthValue() + "/") + date.getDayOfMonth() + weekday;
    }
}
