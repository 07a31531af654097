package org.kenshu.service.imports;

import java.util.List;
import java.util.Optional;
import org.kenshu.model.Staff;

/** Finds the staff member a row names, reporting why when it cannot. */
final class People {
    private final StaffIndex index;
    private final ImportContext ctx;

    People(StaffIndex index, ImportContext ctx) {
        this.index = index;
        this.ctx = ctx;
    }

    Optional<Staff> find(ImportRow row) {
        String number = row.isBlank(Column.EMPLOYEE_NO) ? null : EmployeeNumbers.normalise(row.cell(Column.EMPLOYEE_NO));
        String name = row.text(Column.NAME);
        String kana = row.text(Column.KANA);
        if (number != null) {
            Optional<Staff> found = index.byNumber(number);
            if (found.isEmpty()) {
                ctx.error(row, Column.EMPLOYEE_NO, () -> index.closest(name, 3), "import.staff.unknownNumber", number);
                return Optional.empty();
            }
            if (name != null && !Text.key(name).equals(Text.key(found.get().name()))) {
                ctx.error(row, Column.NAME, () -> List.of(found.get().employeeNo() + " " + found.get().name()),
                        "import.staff.nameMismatch", number, name, found.get().name());
                return Optional.empty();
            }
            return found;
        }
        if (name == null && kana == null) {
            ctx.error(row, Column.EMPLOYEE_NO, "import.staff.noIdentity");
            return Optional.empty();
        }
        List<Staff> matches = index.byName(name, kana);
        if (matches.size() == 1) {
            return Optional.of(matches.getFirst());
        }
        if (matches.isEmpty()) {
            ctx.error(row, Column.NAME, () -> index.closest(name, 3), "import.staff.unknownName", name != null ? name : kana);
        } else {
            ctx.error(row, Column.NAME, () -> matches.stream().map(s -> s.employeeNo() + " " + s.name()).toList(),
                    "import.staff.ambiguousName", name != null ? name : kana);
        }
        return Optional.empty();
    }
}
