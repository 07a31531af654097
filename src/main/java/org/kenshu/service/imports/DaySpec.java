package org.kenshu.service.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kenshu.model.FiscalYear;

/**
 * A session's days as plans write them: one day 「5/12」, consecutive days 「5/12～5/13」 (or
 * 「5月12日～13日」), separate days 「5/12、5/19」. Month/day alone takes its year from the fiscal year.
 */
final class DaySpec {
    private static final Pattern RANGE = Pattern.compile("^(.+?)\\s*(?:~|〜|～|から)\\s*(.+)$");
    private static final Pattern DAY_ONLY = Pattern.compile("^(\\d{1,2})\\s*日?(?:[(（].[)）])?$");
    /** Long ranges are e-learning periods, not days in a room; they are kept as their first day. */
    static final int MAX_DAYS = 14;

    private DaySpec() {
    }

    /** The days, or empty when some part is not a date. */
    static Optional<List<LocalDate>> parse(String text, FiscalYear fy) {
        List<LocalDate> days = new ArrayList<>();
        for (String part : Text.clean(text).split("[、,，]")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            Matcher range = RANGE.matcher(p);
            if (range.matches()) {
                Optional<LocalDate> from = DateValues.parse(range.group(1), fy);
                Optional<LocalDate> to = from.flatMap(f -> end(range.group(2), f, fy));
                if (to.isEmpty() || to.get().isBefore(from.get())) {
                    return Optional.empty();
                }
                for (LocalDate d = from.get(); !d.isAfter(to.get()); d = d.plusDays(1)) {
                    days.add(d);
                }
                continue;
            }
            Optional<LocalDate> day = DateValues.parse(p, fy);
            if (day.isEmpty()) {
                return Optional.empty();
            }
            days.add(day.get());
        }
        return days.isEmpty() ? Optional.empty() : Optional.of(days.stream().distinct().sorted().toList());
    }

    /** The end of a range: a full date, month/day, or the day alone (「13日」 = same month as the start). */
    private static Optional<LocalDate> end(String text, LocalDate from, FiscalYear fy) {
        Matcher dayOnly = DAY_ONLY.matcher(Text.clean(text));
        if (dayOnly.matches()) {
            int d = Integer.parseInt(dayOnly.group(1));
            return d >= from.getDayOfMonth() && d <= from.lengthOfMonth()
                    ? Optional.of(from.withDayOfMonth(d)) : Optional.empty();
        }
        return DateValues.parse(text, fy);
    }
}
