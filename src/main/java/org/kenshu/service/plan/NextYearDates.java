package org.kenshu.service.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Where a session's days go when a plan is copied to a later year: the first day keeps its weekday and
 * its week of the month (the 2nd Tuesday of May stays the 2nd Tuesday of May), and the other days keep
 * their distance from it, so a Tuesday–Wednesday course stays Tuesday–Wednesday. A 5th weekday the
 * month does not have that year becomes the month's last one. Periods (e-learning) keep their calendar
 * dates instead: 6/1–6/30 stays 6/1–6/30.
 */
public final class NextYearDates {
    private NextYearDates() {
    }

    /** The same weekday of the same week of the same month, {@code years} later. */
    public static LocalDate sameWeekday(LocalDate day, int years) {
        int nth = (day.getDayOfMonth() - 1) / 7 + 1;
        DayOfWeek weekday = day.getDayOfWeek();
        LocalDate firstOfMonth = day.plusYears(years).withDayOfMonth(1);
        LocalDate mapped = firstOfMonth.with(TemporalAdjusters.dayOfWeekInMonth(nth, weekday));
        if (mapped.getMonth() != firstOfMonth.getMonth()) {
            mapped = firstOfMonth.with(TemporalAdjusters.lastInMonth(weekday));
        }
        return mapped;
    }

    /** A session's days, the first mapped by {@link #sameWeekday} and the rest kept at their distance from it. */
    public static List<LocalDate> sessionDays(List<LocalDate> days, int years) {
        if (days.isEmpty()) {
            return List.of();
        }
        LocalDate first = days.getFirst();
        long shift = ChronoUnit.DAYS.between(first, sameWeekday(first, years));
        return days.stream().map(d -> d.plusDays(shift)).toList();
    }

    /** How far the first day moved, to move the application deadline with it. */
    public static long shift(List<LocalDate> days, int years) {
        return days.isEmpty() ? 0 : ChronoUnit.DAYS.between(days.getFirst(), sameWeekday(days.getFirst(), years));
    }
}
