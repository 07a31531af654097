package org.kenshu.service.calendar;

import java.time.LocalDate;

/** The stored holiday list at a glance: how many days, the first and last, and the file they came from. */
public record HolidaySummary(int count, LocalDate first, LocalDate last, String source) {
}
