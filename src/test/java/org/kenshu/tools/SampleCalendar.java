package org.kenshu.tools;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Business days of the sample city for FY2025–FY2026: weekdays that are neither a national holiday
 * (内閣府's list, hard-coded here for 2025-04-01 … 2027-03-31) nor in the year-end closure 12/29–1/3.
 */
final class SampleCalendar {
    /** Attendance for FY2026 is recorded up to this day (the generator's "today"). */
    static final LocalDate CUTOFF = LocalDate.of(2026, 11, 20);

    static final Set<LocalDate> HOLIDAYS = Stream.of(
            // FY2025
            "2025-04-29", "2025-05-03", "2025-05-04", "2025-05-05", "2025-05-06", "2025-07-21", "2025-08-11",
            "2025-09-15", "2025-09-23", "2025-10-13", "2025-11-03", "2025-11-23", "2025-11-24",
            "2026-01-01", "2026-01-12", "2026-02-11", "2026-02-23", "2026-03-20",
            // FY2026
            "2026-04-29", "2026-05-03", "2026-05-04", "2026-05-05", "2026-05-06", "2026-07-20", "2026-08-11",
            "2026-09-21", "2026-09-22", "2026-09-23", "2026-10-12", "2026-11-03", "2026-11-23",
            "2027-01-01", "2027-01-11", "2027-02-11", "2027-02-23", "2027-03-21", "2027-03-22")
            .map(LocalDate::parse)
            .collect(Collectors.toUnmodifiableSet());

    private SampleCalendar() {
    }

    static boolean isYearEndClosure(LocalDate d) {
        MonthDay md = MonthDay.from(d);
        return !md.isBefore(MonthDay.of(12, 29)) || !md.isAfter(MonthDay.of(1, 3));
    }

    static boolean isBusinessDay(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
                && !HOLIDAYS.contains(d) && !isYearEndClosure(d);
    }

    static LocalDate nextBusinessDay(LocalDate d) {
        LocalDate day = d;
        while (!isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The fiscal year's date for a month and day written without a year: 4–12 → fy, 1–3 → fy+1. */
    static LocalDate dateIn(int fy, int month, int day) {
        return LocalDate.of(month >= 4 ? fy : fy + 1, month, day);
    }

    static LocalDate fyStart(int fy) {
        return LocalDate.of(fy, 4, 1);
    }

    static int fiscalYearOf(LocalDate d) {
        return d.getMonthValue() >= 4 ? d.getYear() : d.getYear() - 1;
    }

    /** Completed years of service on {@code on}. */
    static int yearsOfService(LocalDate hired, LocalDate on) {
        return Period.between(hired, on).getYears();
    }

    /** 「5/12」. */
    static String md(LocalDate d) {
        return d.getMonthValue() + "/" + d.getDayOfMonth();
    }
}
