package org.kenshu.service.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kenshu.io.sheet.Cell;
import org.kenshu.model.FiscalYear;

/**
 * The (day, mark) pairs of an attendance row in any of the three layouts: a list row (日付 and 出欠
 * columns), a sign-in sheet row (the date in a title cell), or a matrix row (one column per day).
 */
final class AttendanceMarks {
    /** One day's mark as written, with the column it came from (for messages). */
    record DayMark(LocalDate date, String mark, Column column, String header) {
    }

    private AttendanceMarks() {
    }

    /** The row's marks; reports and leaves out a date that cannot be read. Blank marks are left out. */
    static List<DayMark> of(ImportRow row, ImportContext ctx) {
        List<DayMark> marks = new ArrayList<>();
        if (!row.layout().dayColumns().isEmpty()) {
            for (int i = 0; i < row.dayCells().size(); i++) {
                Cell c = row.dayCells().get(i);
                var day = row.layout().dayColumns().get(i);
                if (!c.isBlank()) {
                    marks.add(new DayMark(day.date(), markText(c), null, day.header()));
                }
            }
            return marks;
        }
        if (row.isBlank(Column.DATE)) {
            ctx.error(row, Column.DATE, "import.attendance.noDate");
            return null;
        }
        FiscalYear hint = ctx.options.fiscalYear() != null ? FiscalYear.of(ctx.options.fiscalYear())
                : row.layout().titleFiscalYear() != null ? FiscalYear.of(row.layout().titleFiscalYear())
                : ctx.currentFiscalYear();
        var date = DateValues.parse(row.cell(Column.DATE), row.date1904(), hint);
        if (date.isEmpty()) {
            ctx.error(row, Column.DATE, "import.badDate", row.text(Column.DATE));
            return null;
        }
        if (row.isBlank(Column.MARK)) {
            ctx.warning(row, Column.MARK, "import.attendance.blankMark");
            return marks;
        }
        marks.add(new DayMark(date.get(), markText(row.cell(Column.MARK)), Column.MARK, row.header(Column.MARK)));
        return marks;
    }

    private static String markText(Cell c) {
        return c.number() != null ? EmployeeNumbers.normalise(c) : c.text();
    }
}
