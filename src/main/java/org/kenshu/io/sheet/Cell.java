package org.kenshu.io.sheet;

import java.time.LocalDateTime;

/**
 * One cell as read from a file. {@code text} is what a person sees (never null; "" when blank).
 * {@code number} is set for numeric cells; {@code dateTime} for cells Excel formats as a date
 * (already converted with the workbook's 1900/1904 date system).
 */
public record Cell(String text, Double number, LocalDateTime dateTime) {
    public static final Cell BLANK = new Cell("", null, null);

    public static Cell text(String text) {
        return text == null || text.isEmpty() ? BLANK : new Cell(text, null, null);
    }

    public boolean isBlank() {
        return number == null && dateTime == null && text.isBlank();
    }
}
