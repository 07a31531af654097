package org.kenshu.ui.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * One month grid of the year calendar: its days in order and the column (0 = Sunday) of the 1st. Each
 * day knows its holiday name, whether it is a weekend, and the sessions held on it as coloured chips.
 */
public record CalendarMonth(YearMonth month, int firstColumn, List<Day> days) {

    public record Day(LocalDate date, String holiday, boolean weekend, List<Chip> chips) {
    }

    /** A session on a day: its id (to open it), short text, tooltip, the course type's colour, and whether cancelled. */
    public record Chip(long sessionId, String label, String tooltip, String color, boolean cancelled) {
    }
}
