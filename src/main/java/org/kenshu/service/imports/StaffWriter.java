package org.kenshu.service.imports;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kenshu.model.AbsenceKind;
import org.kenshu.model.Assignment;
import org.kenshu.model.EmploymentType;
import org.kenshu.model.Staff;
import org.kenshu.model.StaffAbsence;
import org.kenshu.model.StaffStatus;

/** Writes one checked roster row: the staff record, its assignment from the effective date, and leave periods. */
final class StaffWriter {
    private final ImportContext ctx;
    private final StaffIndex index;
    private final LocalDate effective;

    StaffWriter(ImportContext ctx, StaffIndex index, LocalDate effective) {
        this.ctx = ctx;
        this.index = index;
        this.effective = effective;
    }

    void write(StaffRow r, DepartmentTree departments) {
        Long departmentId = r.departmentPath().isEmpty() ? null : departments.resolve(r.departmentPath()).id();
        Optional<Staff> existing = index.byNumber(r.employeeNo());
        LocalDate leftOn = r.leftOn() != null ? r.leftOn()
                : r.status() == StaffStatus.LEFT ? effective.minusDays(1) : null;
        if (existing.isEmpty()) {
            create(r, departmentId, leftOn);
            ctx.counts.created++;
            return;
        }
        Staff s = existing.get();
        boolean changed = updateStaff(r, s, leftOn);
        changed |= assignment(s.id(), departmentId, r);
        changed |= absence(s.id(), r.status());
        if (changed) {
            ctx.counts.updated++;
        } else {
            ctx.counts.unchanged++;
        }
    }

    private void create(StaffRow r, Long departmentId, LocalDate leftOn) {
        Staff s = ctx.repos.staff.insert(new Staff(0, r.employeeNo(), r.name(), r.kana(), EmploymentType.REGULAR,
                r.hiredOn(), leftOn, leftOn == null ? null : "退職", null, 0));
        ctx.journal.inserted("staff", s.id());
        index.add(s);
        LocalDate from = r.hiredOn() != null && r.hiredOn().isAfter(effective) ? r.hiredOn() : effective;
        Assignment a = ctx.repos.assignments.insert(new Assignment(0, s.id(), from, departmentId, id(r.tier()),
                r.jobCategory() == null ? null : r.jobCategory().id(), null, null, r.promotedOn(), 0));
        ctx.journal.inserted("assignment", a.id());
        absence(s.id(), r.status());
    }

    /** Name, kana, hire and leave dates: a difference from the stored value is a conflict. */
    private boolean updateStaff(StaffRow r, Staff s, LocalDate leftOn) {
        String name = pick(r, Column.NAME, "name", s, s.name(), r.name());
        String kana = pick(r, Column.KANA, "kana", s, s.kana(), r.kana());
        LocalDate hired = pick(r, Column.HIRED_ON, "hiredOn", s, s.hiredOn(), r.hiredOn());
        LocalDate left = s.leftOn() == null ? (leftOn != null ? leftOn : null)
                : pick(r, Column.LEFT_ON, "leftOn", s, s.leftOn(), leftOn);
        Staff wanted = new Staff(s.id(), s.employeeNo(), name, kana, s.employmentType(), hired, left,
                left == null ? null : Objects.requireNonNullElse(s.leftReason(), "退職"), s.note(), s.version());
        if (wanted.equals(s)) {
            return false;
        }
        ctx.journal.updating("staff", s.id(), () -> ctx.repos.staff.update(wanted));
        return true;
    }

    /** The file's value when it is not blank and either equal, or different and the officer chose it. */
    private <T> T pick(StaffRow r, Column column, String field, Staff s, T stored, T incoming) {
        if (incoming == null || Objects.equals(stored, incoming) || stored == null) {
            return incoming == null ? stored : incoming;
        }
        boolean take = ctx.overwrite(r.row(), column, "staff:" + s.employeeNo() + ":" + field,
                s.employeeNo() + " " + s.name(), text(stored), text(incoming));
        return take ? incoming : stored;
    }

    /** A transfer or promotion from the effective date; blank cells keep the current value. */
    private boolean assignment(long staffId, Long departmentId, StaffRow r) {
        List<Assignment> history = ctx.repos.assignments.findByStaff(staffId);
        // The assignment in force on the effective date; for an older roster imported later, the earliest one.
        Assignment current = history.stream().filter(a -> !a.validFrom().isAfter(effective))
                .max(Comparator.comparing(Assignment::validFrom))
                .orElse(history.stream().min(Comparator.comparing(Assignment::validFrom)).orElse(null));
        Long dept = departmentId != null ? departmentId : current == null ? null : current.departmentId();
        Long tier = r.tier() != null ? id(r.tier()) : current == null ? null : current.tierId();
        // Long.valueOf: a bare long here would unbox the stored job category, and a null one would throw
        Long job = r.jobCategory() != null ? Long.valueOf(r.jobCategory().id()) : current == null ? null
                : current.jobCategoryId();
        boolean same = current != null && Objects.equals(dept, current.departmentId())
                && Objects.equals(tier, current.tierId()) && Objects.equals(job, current.jobCategoryId());
        if (same || (dept == null && tier == null && job == null)) {
            return false;
        }
        boolean promoted = current != null && !Objects.equals(tier, current.tierId());
        LocalDate promotedOn = promoted ? Objects.requireNonNullElse(r.promotedOn(), effective)
                : current == null ? r.promotedOn() : current.promotedOn();
        if (current != null && current.validFrom().equals(effective)) {
            var wanted = new Assignment(current.id(), staffId, effective, dept, tier, job, current.salaryGrade(),
                    current.positionTitle(), promotedOn, current.version());
            ctx.journal.updating("assignment", current.id(), () -> ctx.repos.assignments.update(wanted));
        } else {
            var a = ctx.repos.assignments.insert(new Assignment(0, staffId, effective, dept, tier, job,
                    current == null ? null : current.salaryGrade(), current == null ? null : current.positionTitle(),
                    promotedOn, 0));
            ctx.journal.inserted("assignment", a.id());
        }
        return true;
    }

    /** 休職・育休 from the effective date; 在職 ends a leave that is still open. */
    private boolean absence(long staffId, StaffStatus status) {
        if (status == null || status == StaffStatus.LEFT) {
            return false;
        }
        List<StaffAbsence> open = ctx.repos.absences.findByStaff(staffId).stream()
                .filter(a -> a.covers(effective)).toList();
        if (status == StaffStatus.ACTIVE) {
            for (StaffAbsence a : open) {
                var ended = new StaffAbsence(a.id(), staffId, a.kind(), a.startOn(), effective.minusDays(1), a.note(),
                        a.version());
                ctx.journal.updating("staff_absence", a.id(), () -> ctx.repos.absences.update(ended));
            }
            return !open.isEmpty();
        }
        AbsenceKind kind = switch (status) {
            case CHILDCARE_LEAVE -> AbsenceKind.CHILDCARE_LEAVE;
            case SICK_LEAVE -> AbsenceKind.SICK_LEAVE;
            default -> AbsenceKind.LEAVE_OF_ABSENCE;
        };
        if (open.stream().anyMatch(a -> a.kind() == kind)) {
            return false;
        }
        var a = ctx.repos.absences.insert(new StaffAbsence(0, staffId, kind, effective, null, null, 0));
        ctx.journal.inserted("staff_absence", a.id());
        return true;
    }

    /** Marks a staff member absent from a full roster as having left the day before the effective date. */
    void markLeft(Staff s) {
        Staff left = s.withLeftOn(effective.minusDays(1), "名簿に記載なし");
        ctx.journal.updating("staff", s.id(), () -> ctx.repos.staff.update(left));
        ctx.counts.updated++;
    }

    /** A value for a conflict: dates as the organisation writes them. */
    private String text(Object value) {
        return value instanceof LocalDate d ? ctx.shortDate(d) : String.valueOf(value);
    }

    private static Long id(org.kenshu.model.Tier t) {
        return t == null ? null : t.id();
    }
}
