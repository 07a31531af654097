package org.kenshu.service.calendar;

import java.time.LocalDate;

/** What importing a holiday file changed: days added, renamed and no longer listed, and the range it covers. */
public record HolidayImport(int added, int changed, int removed, int total, LocalDate first, LocalDate last) {
}
