package org.kenshu.service.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import org.kenshu.model.Organisation;

/** The year-end closure (年末年始, 12/29–1/3 unless the organisation set other days); it may wrap the new year. */
public record YearEndClosure(MonthDay start, MonthDay end) {

    public static YearEndClosure of(Organisation o) {
        return new YearEndClosure(parse(o.yearEndClosureStart(), MonthDay.of(12, 29)),
                parse(o.yearEndClosureEnd(), MonthDay.of(1, 3)));
    }

    public boolean contains(LocalDate date) {
        MonthDay md = MonthDay.from(date);
        if (start.isAfter(end)) {
            return !md.isBefore(start) || !md.isAfter(end);
        }
        return !md.isBefore(start) && !md.isAfter(end);
    }

    /** 「12-29」; a setting that cannot be read falls back to the usual day rather than stopping the checks. */
    private static MonthDay parse(String text, MonthDay fallback) {
        try {
            return MonthDay.parse("--" + text.strip());
        } catch (RuntimeException e) {
            return fallback;
        }
    }
}
