package org.kenshu.service.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a sheet's header says: which column holds what, which columns are days (matrix layout),
 * and the values title rows above the header give the whole sheet (研修名, 実施日, 年度).
 *
 * @param headerRow   1-based row of the header
 * @param columns     column meaning → 0-based column index
 * @param headers     column meaning → header text as written (for messages)
 * @param dayColumns  matrix layout: one column per session day
 * @param unmapped    header texts no meaning was found for (shown in the preview for mapping by hand)
 * @param titleValues values from title cells: COURSE, DATE …
 * @param titleFiscalYear 「令和8年度」 in a title, or null
 */
public record SheetLayout(int headerRow, Map<Column, Integer> columns, Map<Column, String> headers,
        List<DayColumn> dayColumns, List<String> unmapped, Map<Column, String> titleValues, Integer titleFiscalYear) {

    /** A matrix-layout column for one day: its index, the date, and the header as written. */
    public record DayColumn(int index, LocalDate date, String header) {
    }

    public boolean has(Column c) {
        return columns.containsKey(c);
    }

    public String header(Column c) {
        return headers.getOrDefault(c, c.synonyms().getFirst());
    }
}
