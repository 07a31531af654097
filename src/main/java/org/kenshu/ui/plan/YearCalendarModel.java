package org.kenshu.ui.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kenshu.model.CourseType;
import org.kenshu.model.FiscalYear;
import org.kenshu.model.I18n;
import org.kenshu.model.SessionStatus;
import org.kenshu.model.Wareki;
import org.kenshu.service.SessionEntry;
import org.kenshu.service.calendar.YearEndClosure;

/**
 * Builds the twelve month grids of a fiscal year (April → March) from its sessions: each session day
 * gets a chip in its course type's colour; a period (e-learning) shows on its first day only. Holidays
 * and the year-end closure are days off, named in the day's tooltip.
 */
final class YearCalendarModel {
    static final String NO_COLOR = "#78909C";

    private YearCalendarModel() {
    }

    static List<CalendarMonth> build(int fiscalYear, List<SessionEntry> sessions, List<CourseType> types,
            Map<LocalDate, String> holidays, YearEndClosure closure) {
        Map<String, String> colors = new HashMap<>();
        types.forEach(t -> colors.put(t.code(), t.color() == null ? NO_COLOR : t.color()));
        Map<LocalDate, List<CalendarMonth.Chip>> chips = new HashMap<>();
        for (SessionEntry s : sessions) {
            CalendarMonth.Chip chip = new CalendarMonth.Chip(s.sessionId(), s.course(), tooltip(s),
                    colors.getOrDefault(s.typeCode(), NO_COLOR), s.status() == SessionStatus.CANCELLED);
            List<LocalDate> days = s.periodEnd() != null && !s.days().isEmpty() ? List.of(s.days().getFirst()) : s.days();
            days.forEach(d -> chips.computeIfAbsent(d, k -> new ArrayList<>()).add(chip));
        }
        List<CalendarMonth> months = new ArrayList<>();
        YearMonth first = YearMonth.from(FiscalYear.of(fiscalYear).start());
        for (int i = 0; i < 12; i++) {
            YearMonth ym = first.plusMonths(i);
            List<CalendarMonth.Day> days = new ArrayList<>();
            for (int d = 1; d <= ym.lengthOfMonth(); d++) {
                LocalDate date = ym.atDay(d);
                DayOfWeek dow = date.getDayOfWeek();
                String off = holidays.containsKey(date) ? holidays.get(date)
                        : closure.contains(date) ? I18n.t("calendar.closure") : null;
                days.add(new CalendarMonth.Day(date, off,
                        dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY, chips.getOrDefault(date, List.of())));
            }
            months.add(new CalendarMonth(ym, ym.atDay(1).getDayOfWeek().getValue() % 7, days));
        }
        return months;
    }

    private static String tooltip(SessionEntry s) {
        String text = I18n.t("check.sessionLabel", s.course(), s.sessionNo()) + "\n"
                + Wareki.sessionDays(s.days(), s.periodEnd());
        if (s.venue() != null && !s.venue().isBlank()) {
            text += "\n" + s.venue();
        }
        if (s.status() == SessionStatus.CANCELLED) {
            text += "\n" + I18n.label(SessionStatus.CANCELLED);
        }
        return text;
    }
}
