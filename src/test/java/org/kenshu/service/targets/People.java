package org.kenshu.service.targets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kenshu.model.AbsenceKind;
import org.kenshu.model.Assignment;
import org.kenshu.model.EmploymentType;
import org.kenshu.model.Staff;
import org.kenshu.model.StaffAbsence;

/** Fictional staff for rule and assignment tests, built in memory (no database). */
final class People {
    static final long SHUJI = 1;
    static final long SHUNIN = 2;
    static final long GENERAL = 10;
    static final long FIRE = 11;
    static final long SOUMU = 100;
    static final long ZAIMU = 101;

    final List<Staff> staff = new ArrayList<>();
    final List<Assignment> assignments = new ArrayList<>();
    final List<StaffAbsence> absences = new ArrayList<>();
    private long nextId = 1;

    /** A person hired on {@code hired} into tier/job/department from that day. */
    long hire(String name, LocalDate hired, long tier, long job, long department) {
        long id = nextId++;
        staff.add(new Staff(id, String.format("%05d", id), name, null, EmploymentType.REGULAR, hired, null, null, null,
                0));
        assign(id, hired, tier, job, department, null);
        return id;
    }

    void assign(long staffId, LocalDate from, long tier, long job, long department, LocalDate promotedOn) {
        assignments.add(new Assignment(nextId++, staffId, from, department, tier, job, null, null, promotedOn, 0));
    }

    void leave(long staffId, LocalDate leftOn) {
        staff.replaceAll(s -> s.id() == staffId ? s.withLeftOn(leftOn, "退職") : s);
    }

    void away(long staffId, AbsenceKind kind, LocalDate from, LocalDate to) {
        absences.add(new StaffAbsence(nextId++, staffId, kind, from, to, null, 0));
    }

    StaffFacts facts() {
        return new StaffFacts(staff, assignments, absences);
    }
}
