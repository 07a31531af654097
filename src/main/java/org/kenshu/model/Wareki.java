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

    private Wareki() {
    }

    /** 「令和8年度」 or 「2026年度」. */
    public static String fiscalYear(int year, EraDisplay display) {
        if (display == EraDisplay.WESTERN) {
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
        if (display == EraDisplay.WESTERN) {
            return date.getYear() + "年" + md;
        }
        return eraName(date) + eraYear(date) + "年" + md;
    }

    /** 「R8.5.12」 or 「2026/05/12」: compact form for tables. */
    public static String shortDate(LocalDate date, EraDisplay display) {
        if (date == null) {
            return "";
        }
        if (display == EraDisplay.WESTERN) {
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
