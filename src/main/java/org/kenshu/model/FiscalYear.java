package org.kenshu.model;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * 年度: fiscal year {@code year} runs from April 1 of {@code year} to March 31 of the next year
 * (the start month is an organisation setting; April everywhere we know of).
 */
public record FiscalYear(int year, int startMonth) implements Comparable<FiscalYear> {
    public static final int APRIL = 4;

    public FiscalYear {
        if (startMonth < 1 || startMonth > 12) {
            throw new IllegalArgumentException("start month " + startMonth);
        }
    }

    public static FiscalYear of(int year) {
        return new FiscalYear(year, APRIL);
    }

    /** The fiscal year a date falls in. */
    public static FiscalYear containing(LocalDate date, int startMonth) {
        int y = date.getMonthValue() >= startMonth ? date.getYear() : date.getYear() - 1;
        return new FiscalYear(y, startMonth);
    }

    public static FiscalYear containing(LocalDate date) {
        return containing(date, APRIL);
    }

    public LocalDate start() {
        return LocalDate.of(year, startMonth, 1);
    }

    public LocalDate end() {
        return start().plusYears(1).minusDays(1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /** A month/day written without a year (「5/12」) belongs to this fiscal year: 4–12 → Y, 1–3 → Y+1. */
    public LocalDate dateOf(MonthDay monthDay) {
        int y = monthDay.getMonthValue() >= startMonth ? year : year + 1;
        return monthDay.atYear(y);
    }

    public FiscalYear previous() {
        return new FiscalYear(year - 1, startMonth);
    }

    public FiscalYear next() {
        return new FiscalYear(year + 1, startMonth);
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(year, other.year);
    }
}
