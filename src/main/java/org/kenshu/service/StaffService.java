package org.kenshu.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.kenshu.model.Assignment;
import org.kenshu.model.EmploymentType;
import org.kenshu.model.Staff;
import org.kenshu.service.imports.Text;
import org.kenshu.store.Database;
import org.kenshu.store.Repositories;

/**
 * Edits of one staff member: the record itself (number, name, hire and leave dates) and the
 * assignment history (a transfer or promotion from a date is a new row). Leave periods and
 * designations are in {@link StaffStatusService}. Dates must be in order: nothing before hiring,
 * nothing after leaving.
 */
public final class StaffService {
    private final Database db;
    private final Repositories repos;
    private final Edits<Staff> edits;
    private final Edits<Assignment> assignments;

    public StaffService(Database db, Repositories repos) {
        this.db = db;
        this.repos = repos;
        this.edits = new Edits<>(repos.staff, repos.audit, "staff", StaffService::withVersion,
                s -> "staff " + s.employeeNo());
        this.assignments = new Edits<>(repos.assignments, repos.audit, "assignment", StaffService::withVersion,
                a -> "assignment of staff " + a.staffId() + " from " + a.validFrom());
    }

    /** A new staff member with a first assignment (may be null), from the hire date unless it says otherwise. */
    public Staff add(Staff staff, Assignment first) {
        return db.inTransaction(() -> {
            Staff clean = cleaned(staff);
            check(clean, List.of());
            Staff saved = edits.insert(clean);
            if (first != null) {
                addAssignment(new Assignment(0, saved.id(), first.validFrom() != null ? first.validFrom()
                        : saved.hiredOn(), first.departmentId(), first.tierId(), first.jobCategoryId(),
                        first.salaryGrade(), first.positionTitle(), null, 0));
            }
            return saved;
        });
    }

    /** Number, name, kana, employment type, hire and leave dates (退職), note. */
    public Staff update(Staff staff) {
        return db.inTransaction(() -> {
            Staff clean = cleaned(staff);
            check(clean, repos.assignments.findByStaff(staff.id()));
            return edits.update(clean);
        });
    }

    public Staff revert(Staff saved, Staff before) {
        return db.inTransaction(() -> edits.revert(saved, before));
    }

    /** Undo of an add: the staff member and their assignments, if nothing else refers to them yet. */
    public void remove(Staff saved) {
        db.inTransaction(() -> {
            boolean used = !repos.enrollments.findByStaff(saved.id()).isEmpty()
                    || !repos.attendance.findByStaff(saved.id()).isEmpty()
                    || !repos.absences.findByStaff(saved.id()).isEmpty()
                    || !repos.designations.findByStaff(saved.id()).isEmpty();
            if (used) {
                throw new EditRefusedException("staff.cannotRemove", saved.name());
            }
            for (Assignment a : repos.assignments.findByStaff(saved.id())) {
                assignments.delete(a);
            }
            edits.remove(saved);
        });
    }

    /**
     * A transfer or promotion (異動・昇任) from {@code a.validFrom()}: a new row of the history. A change
     * of tier records the date as the promotion date; otherwise the last promotion date carries over.
     */
    public Assignment addAssignment(Assignment a) {
        return db.inTransaction(() -> {
            Staff s = repos.staff.get(a.staffId());
            List<Assignment> history = repos.assignments.findByStaff(a.staffId());
            checkAssignment(a, s, history);
            Assignment previous = history.stream().filter(h -> h.validFrom().isBefore(a.validFrom()))
                    .max(Comparator.comparing(Assignment::validFrom)).orElse(null);
            LocalDate promotedOn = previous == null ? a.promotedOn()
                    : !Objects.equals(previous.tierId(), a.tierId()) ? a.validFrom() : previous.promotedOn();
            return assignments.insert(new Assignment(0, a.staffId(), a.validFrom(), a.departmentId(), a.tierId(),
                    a.jobCategoryId(), a.salaryGrade(), Names.blankToNull(a.positionTitle()), promotedOn, 0));
        });
    }

    /** Deletes one row entered by mistake (checked against its version); the others stay as they are. */
    public void deleteAssignment(Assignment a) {
        db.inTransaction(() -> assignments.delete(a));
    }

    /** Undo of {@link #addAssignment}. */
    public void removeAssignment(Assignment saved) {
        db.inTransaction(() -> assignments.remove(saved));
    }

    /** Undo of {@link #deleteAssignment}: the row back as it was (a new id). */
    public Assignment restoreAssignment(Assignment deleted) {
        return db.inTransaction(() -> assignments.insert(new Assignment(0, deleted.staffId(), deleted.validFrom(),
                deleted.departmentId(), deleted.tierId(), deleted.jobCategoryId(), deleted.salaryGrade(),
                deleted.positionTitle(), deleted.promotedOn(), 0)));
    }

    private void check(Staff s, List<Assignment> history) {
        Names.require(s.employeeNo(), "staff.numberRequired");
        Names.require(s.name(), "staff.nameRequired");
        repos.staff.findByEmployeeNo(s.employeeNo()).filter(other -> other.id() != s.id()).ifPresent(other -> {
            throw new EditRefusedException("staff.numberTaken", s.employeeNo(), other.name());
        });
        if (s.hiredOn() != null && s.leftOn() != null && s.leftOn().isBefore(s.hiredOn())) {
            throw new EditRefusedException("staff.leftBeforeHired");
        }
        LocalDate first = history.stream().map(Assignment::validFrom).min(Comparator.naturalOrder()).orElse(null);
        if (s.hiredOn() != null && first != null && first.isBefore(s.hiredOn())) {
            throw new EditRefusedException("staff.hiredAfterFirstAssignment", date(first));
        }
        LocalDate last = history.stream().map(Assignment::validFrom).max(Comparator.naturalOrder()).orElse(null);
        if (s.leftOn() != null && last != null && last.isAfter(s.leftOn())) {
            throw new EditRefusedException("staff.leftBeforeLastAssignment", date(last));
        }
    }

    private static void checkAssignment(Assignment a, Staff s, List<Assignment> history) {
        if (a.validFrom() == null) {
            throw new EditRefusedException("assignment.dateRequired");
        }
        if (a.departmentId() == null && a.tierId() == null && a.jobCategoryId() == null) {
            throw new EditRefusedException("assignment.empty");
        }
        if (s.hiredOn() != null && a.validFrom().isBefore(s.hiredOn())) {
            throw new EditRefusedException("assignment.beforeHired", date(a.validFrom()), date(s.hiredOn()));
        }
        if (s.leftOn() != null && a.validFrom().isAfter(s.leftOn())) {
            throw new EditRefusedException("assignment.afterLeft", date(a.validFrom()), date(s.leftOn()));
        }
        if (history.stream().anyMatch(h -> h.validFrom().equals(a.validFrom()))) {
            throw new EditRefusedException("assignment.sameDate", date(a.validFrom()));
        }
    }

    private static String date(LocalDate d) {
        return org.kenshu.model.Wareki.longDate(d, org.kenshu.model.EraDisplay.JAPANESE);
    }

    /** Employee numbers and names as typed, made comparable: NFKC, one kind of space, trimmed. */
    private static Staff cleaned(Staff s) {
        String number = s.employeeNo() == null ? null : Text.clean(s.employeeNo()).replace(" ", "");
        return new Staff(s.id(), number, Text.clean(s.name()), Names.blankToNull(Text.clean(s.kana())),
                s.employmentType() == null ? EmploymentType.REGULAR : s.employmentType(), s.hiredOn(), s.leftOn(), Names.blankToNull(s.leftReason()),
                Names.blankToNull(s.note()), s.version());
    }

    static Staff withVersion(Staff s, int version) {
        return new Staff(s.id(), s.employeeNo(), s.name(), s.kana(), s.employmentType(), s.hiredOn(), s.leftOn(),
                s.leftReason(), s.note(), version);
    }

    static Assignment withVersion(Assignment a, int version) {
        return new Assignment(a.id(), a.staffId(), a.validFrom(), a.departmentId(), a.tierId(), a.jobCategoryId(),
                a.salaryGrade(), a.positionTitle(), a.promotedOn(), version);
    }

    static Assignment withDepartment(Assignment a, long departmentId) {
        return new Assignment(a.id(), a.staffId(), a.validFrom(), departmentId, a.tierId(), a.jobCategoryId(),
                a.salaryGrade(), a.positionTitle(), a.promotedOn(), a.version());
    }
}
