package org.kenshu.service.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kenshu.model.FiscalYear;
import org.kenshu.model.JobCategory;
import org.kenshu.model.StaffStatus;
import org.kenshu.model.Tier;

/** A roster row after checking: every value parsed; null where the file left the cell blank. */
record StaffRow(ImportRow row, String employeeNo, String name, String kana, List<String> departmentPath,
        Tier tier, JobCategory jobCategory, LocalDate hiredOn, LocalDate promotedOn, StaffStatus status,
        LocalDate leftOn) {

    /** Parses a date column, reporting a value that is not a date; empty also when blank. */
    static Optional<LocalDate> date(ImportRow row, Column c, ImportContext ctx, boolean[] ok) {
        if (row.isBlank(c)) {
            return Optional.empty();
        }
        FiscalYear fy = null; // roster dates carry their year
        Optional<LocalDate> d = DateValues.parse(row.cell(c), row.date1904(), fy);
        if (d.isEmpty()) {
            ctx.error(row, c, "import.badDate", row.text(c) == null ? row.cell(c).text() : row.text(c));
            ok[0] = false;
        }
        return d;
    }
}
