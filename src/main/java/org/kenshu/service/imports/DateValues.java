package org.kenshu.service.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kenshu.io.sheet.Cell;
import org.kenshu.model.FiscalYear;

/**
 * Dates in every form officers' files hold (DESIGN.md §4): Excel date cells and serial numbers
 * (1900 and 1904 systems), 2026-05-12, 2026/5/12, 2026年5月12日, R8.5.12, R8/5/12, 令和8年5月12日,
 * 令和元年5月1日, H31.4.30, and month/day alone (5/12, 5月12日) when the fiscal year is known.
 * A weekday in brackets (5月12日(火)) is ignored.
 */
public final class DateValues {
    private static final Pattern WESTERN = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern ERA = Pattern.compile(
            "(明治|大正|昭和|平成|令和|[MTSHRmtshr])\\s*(\\d{1,2}|元)\\s*[./年]\\s*(\\d{1,2})\\s*[./月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})\\s*[/月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern WEEKDAY = Pattern.compile("[(（][月火水木金土日](曜日?)?[)）]");
    /** Excel's serial range: 1900-01-01 … 9999-12-31. */
    private static final double MAX_SERIAL = 2_958_465;

    private DateValues() {
    }

    /** The date in {@code cell}; {@code fiscalYear} (may be null) resolves month/day alone. */
    public static Optional<LocalDate> parse(Cell cell, boolean date1904, FiscalYear fiscalYear) {
        if (cell.dateTime() != null) {
            return Optional.of(cell.dateTime().toLocalDate());
        }
        if (cell.number() != null) {
            return fromSerial(cell.number(), date1904);
        }
        return parse(cell.text(), fiscalYear);
    }

    public static Optional<LocalDate> parse(String raw, FiscalYear fiscalYear) {
        String s = Text.clean(raw);
        if (s == null || s.isEmpty()) {
            return Optional.empty();
        }
        s = WEEKDAY.matcher(s).replaceAll("").strip();
        try {
            Matcher m = WESTERN.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(i(m, 1), i(m, 2), i(m, 3)));
            }
            Matcher e = ERA.matcher(s);
            if (e.matches()) {
                int yearOfEra = "元".equals(e.group(2)) ? 1 : Integer.parseInt(e.group(2));
                // Lenient on purpose: 「平成31年5月1日」 in a file prepared before the era changed means 2019-05-01.
                return eraStartYear(e.group(1)).map(start -> LocalDate.of(start + yearOfEra - 1, i(e, 3), i(e, 4)));
            }
            m = MONTH_DAY.matcher(s);
            if (m.matches() && fiscalYear != null) {
                return Optional.of(fiscalYear.dateOf(MonthDay.of(i(m, 1), i(m, 2))));
            }
            // A serial number saved as text (CSV out of Excel): only in a plausible range (1954–2119),
            // so that "12" or a year is not taken for a date.
            if (s.matches("\\d{5}(\\.0+)?")) {
                return fromSerial(Double.parseDouble(s), false);
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** An Excel serial day number; 1900 system counts the fictitious 1900-02-29 (serial 60). */
    public static Optional<LocalDate> fromSerial(double serial, boolean date1904) {
        if (serial < 1 || serial > MAX_SERIAL || serial != Math.floor(serial)) {
            return Optional.empty();
        }
        long days = (long) serial;
        if (date1904) {
            return Optional.of(LocalDate.of(1904, 1, 1).plusDays(days));
        }
        return Optional.of(LocalDate.of(1899, 12, 31).plusDays(days >= 60 ? days - 1 : days));
    }

    /** True when the text is a month/day without a year (「5/12」, 「5月12日(火)」). */
    public static boolean isMonthDayOnly(String raw) {
        String s = Text.clean(raw);
        return s != null && MONTH_DAY.matcher(WEEKDAY.matcher(s).replaceAll("").strip()).matches();
    }

    /** The western year in which an era's first year fell. */
    private static Optional<Integer> eraStartYear(String name) {
        return Optional.ofNullable(switch (name.toUpperCase(java.util.Locale.ROOT)) {
            case "明治", "M" -> 1868;
            case "大正", "T" -> 1912;
            case "昭和", "S" -> 1926;
            case "平成", "H" -> 1989;
            case "令和", "R" -> 2019;
            default -> null;
        });
    }

    private static int i(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
