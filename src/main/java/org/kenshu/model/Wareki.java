package org.kenshu.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Dates as Japanese city documents write them: 令和8年度, 令和8年5月12日, R8.5.12, 5月12日(火),
 * with 元年 for the first year of an era. The western form is used when the organisation
 * chose {@link EraDisplay#WESTERN}.
 */
public final class Wareki {
    private static final Locale JA = Locale.JAPANESE;
    /** The first day the Japanese calendar in java.time knows (明治6年1月1日); earlier dates are written western. */
    private static final LocalDate FIRST = LocalDate.of(1873, 1, 1);

    private Wareki() {
    }

    /** 「令和8年度」 or 「2026年度」. */
    public static String fiscalYear(int year, EraDisplay display) {
        if (display == EraDisplay.WESTERN || year < FIRST.getYear()) {
            return year + "年度";
        }
        LocalDate start = LocalDate.of(year, FiscalYear.APRIL, 1);
        return eraName(start) + eraYear(start) + "年度";
    }

    /** 「令和8年度 (2026)」: the fiscal-year selector shows both forms. */
    public static String fiscalYearWithWestern(int year, EraDisplay display) {
        return display == EraDisplay.WESTERN ? year + "年度" : fiscalYear(year, display) + " (" + year + ")";
    }

    /** 「令和8年5月12日」 or 「2026年5月12日」. */
    public static String longDate(LocalDate date, EraDisplay display) {
        if (date == null) {
            return "";
        }
        String md = date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        if (display == EraDisplay.WESTERN || date.isBefore(FIRST)) {
            return date.getYear() + "年" + md;
        }
        return eraName(date) + eraYear(date) + "年" + md;
    }

    /** 「R8.5.12」 or 「2026/05/12」: compact form for tables. */
    public static String shortDate(LocalDate date, EraDisplay display) {
        if (date == null) {
            return "";
        }
        if (display == EraDisplay.WESTERN || date.isBefore(FIRST)) {
            return String.format("%d/%02d/%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        }
        JapaneseDate jd = JapaneseDate.from(date);
        String letter = eraLetter(jd.getEra());
        return letter + jd.get(java.time.temporal.ChronoField.YEAR_OF_ERA) + "." + date.getMonthValue() + "."
                + date.getDayOfMonth();
    }

    /** 「5月12日(火)」: how plans and sign-in sheets name a session day. */
    public static String monthDayWithWeekday(LocalDate date) {
        if (date == null) {
            return "";
        }
        return date.getMonthValue() + "月" + date.getDayOfMonth() + "日(" + weekday(date.getDayOfWeek()) + ")";
    }

    /**
     * A session's days as a plan writes them: 「5月12日(火)」, consecutive days 「5月12日(火)～14日(木)」,
     * separate days 「6月3日(水)・6月10日(水)」; a period (e-learning) 「6月1日(月)～6月30日(火)」.
     */
    public static String sessionDays(java.util.List<LocalDate> days, LocalDate periodEnd) {
        if (days.isEmpty()) {
            return "";
        }
        if (periodEnd != null && !periodEnd.equals(days.getFirst())) {
            return monthDayWithWeekday(days.getFirst()) + "～" + monthDayWithWeekday(periodEnd);
        }
        StringBuilder text = new StringBuilder();
        for (DayRun run : DayRun.of(days)) {
            if (!text.isEmpty()) {
                text.append("・");
            }
            text.append(monthDayWithWeekday(run.first()));
            if (!run.single()) {
                LocalDate end = run.last();
                boolean sameMonth = end.getMonth() == run.first().getMonth();
                text.append("～").append(sameMonth ? end.getDayOfMonth() + "日(" + weekday(end.getDayOfWeek()) + ")"
                        : monthDayWithWeekday(end));
            }
        }
        return text.toString();
    }

    /** 「火」. */
    public static String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, JA);
    }

    /** 「令和」. */
    public static String eraName(LocalDate date) {
        return JapaneseDate.from(date).getEra().getDisplayName(TextStyle.FULL, JA);
    }

    /** 「8」, or 「元」 for the first year of an era. */
    public static String eraYear(LocalDate date) {
        int y = JapaneseDate.from(date).get(java.time.temporal.ChronoField.YEAR_OF_ERA);
        return y == 1 ? "元" : Integer.toString(y);
    }

    /** R, H, S, T, M. */
    public static String eraLetter(JapaneseEra era) {
        return era.getDisplayName(TextStyle.NARROW, Locale.ENGLISH);
    }
}
