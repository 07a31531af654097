package org.kenshu.service;

import java.time.LocalDate;
import org.kenshu.model.Designation;
import org.kenshu.model.EraDisplay;
import org.kenshu.model.Staff;
import org.kenshu.model.StaffAbsence;
import org.kenshu.model.Wareki;
import org.kenshu.store.Database;
import org.kenshu.store.Repositories;

/**
 * A staff member's periods away (休職・育休・病休, staff_absence rows with dates) and designations
 * (role, fiscal year, cohort). Leaving (退職) is the staff record's leave date: {@link StaffService#update}.
 */
public final class StaffStatusService {
    private final Database db;
    private final Repositories repos;
    private final Edits<StaffAbsence> absences;
    private final Edits<Designation> designations;

    public StaffStatusService(Database db, Repositories repos) {
        this.db = db;
        this.repos = repos;
        this.absences = new Edits<>(repos.absences, repos.audit, "staff_absence", StaffStatusService::withVersion,
                a -> a.kind() + " of staff " + a.staffId() + " from " + a.startOn());
        this.designations = new Edits<>(repos.designations, repos.audit, "designation",
                StaffStatusService::withVersion, d -> "role " + d.roleId() + " of staff " + d.staffId() + " in "
                        + d.fiscalYear());
    }

    /** A period away; its end may stay open while it lasts. */
    public StaffAbsence addAbsence(StaffAbsence a) {
        return db.inTransaction(() -> {
            check(a);
            return absences.insert(a);
        });
    }

    /** Usually: the end date of a leave that has ended. */
    public StaffAbsence updateAbsence(StaffAbsence a) {
        return db.inTransaction(() -> {
            check(a);
            return absences.update(a);
        });
    }

    public void deleteAbsence(StaffAbsence a) {
        db.inTransaction(() -> absences.delete(a));
    }

    public StaffAbsence revertAbsence(StaffAbsence saved, StaffAbsence before) {
        return db.inTransaction(() -> absences.revert(saved, before));
    }

    public void removeAbsence(StaffAbsence saved) {
        db.inTransaction(() -> absences.remove(saved));
    }

    public StaffAbsence restoreAbsence(StaffAbsence deleted) {
        return db.inTransaction(() -> absences.insert(withVersion(withId(deleted), 0)));
    }

    /** A role in a fiscal year (one per staff, role and year), perhaps with a cohort such as 「1期生」. */
    public Designation addDesignation(Designation d) {
        return db.inTransaction(() -> {
            if (d.roleId() == 0) {
                throw new EditRefusedException("designation.roleRequired");
            }
            boolean taken = repos.designations.findByStaff(d.staffId()).stream()
                    .anyMatch(o -> o.roleId() == d.roleId() && o.fiscalYear() == d.fiscalYear());
            if (taken) {
                throw new EditRefusedException("designation.taken", repos.designationRoles.get(d.roleId()).name(),
                        Wareki.fiscalYear(d.fiscalYear(), EraDisplay.JAPANESE));
            }
            return designations.insert(new Designation(0, d.staffId(), d.roleId(), d.fiscalYear(),
                    Names.blankToNull(d.cohort()), d.grantedOn(), Names.blankToNull(d.note()), 0));
        });
    }

    public void deleteDesignation(Designation d) {
        db.inTransaction(() -> designations.delete(d));
    }

    public void removeDesignation(Designation saved) {
        db.inTransaction(() -> designations.remove(saved));
    }

    public Designation restoreDesignation(Designation deleted) {
        return db.inTransaction(() -> designations.insert(new Designation(0, deleted.staffId(), deleted.roleId(),
                deleted.fiscalYear(), deleted.cohort(), deleted.grantedOn(), deleted.note(), 0)));
    }

    private void check(StaffAbsence a) {
        if (a.kind() == null) {
            throw new EditRefusedException("absence.kindRequired");
        }
        if (a.startOn() == null) {
            throw new EditRefusedException("absence.startRequired");
        }
        if (a.endOn() != null && a.endOn().isBefore(a.startOn())) {
            throw new EditRefusedException("absence.endBeforeStart");
        }
        Staff s = repos.staff.get(a.staffId());
        if (s.hiredOn() != null && a.startOn().isBefore(s.hiredOn())) {
            throw new EditRefusedException("absence.beforeHired", date(s.hiredOn()));
        }
        if (s.leftOn() != null && a.startOn().isAfter(s.leftOn())) {
            throw new EditRefusedException("absence.afterLeft", date(s.leftOn()));
        }
        for (StaffAbsence other : repos.absences.findByStaff(a.staffId())) {
            if (other.id() != a.id() && overlaps(other, a)) {
                throw new EditRefusedException("absence.overlaps", date(other.startOn()));
            }
        }
    }

    private static boolean overlaps(StaffAbsence x, StaffAbsence y) {
        LocalDate xEnd = x.endOn() == null ? LocalDate.MAX : x.endOn();
        LocalDate yEnd = y.endOn() == null ? LocalDate.MAX : y.endOn();
        return !x.startOn().isAfter(yEnd) && !y.startOn().isAfter(xEnd);
    }

    private static String date(LocalDate d) {
        return Wareki.longDate(d, EraDisplay.JAPANESE);
    }

    private static StaffAbsence withId(StaffAbsence a) {
        return new StaffAbsence(0, a.staffId(), a.kind(), a.startOn(), a.endOn(), a.note(), a.version());
    }

    static StaffAbsence withVersion(StaffAbsence a, int version) {
        return new StaffAbsence(a.id(), a.staffId(), a.kind(), a.startOn(), a.endOn(), a.note(), version);
    }

    static Designation withVersion(Designation d, int version) {
        return new Designation(d.id(), d.staffId(), d.roleId(), d.fiscalYear(), d.cohort(), d.grantedOn(), d.note(),
                version);
    }
}
