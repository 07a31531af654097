package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.STAFF_ABSENCE;

import java.util.List;
import org.jooq.DSLContext;
import org.kenshu.model.AbsenceKind;
import org.kenshu.model.StaffAbsence;
import org.kenshu.store.jooq.tables.records.StaffAbsenceRecord;

public final class StaffAbsenceRepository extends EditableRepository<StaffAbsenceRecord, StaffAbsence> {
    public StaffAbsenceRepository(DSLContext dsl) {
        super(dsl, STAFF_ABSENCE, STAFF_ABSENCE.ID, STAFF_ABSENCE.VERSION);
    }

    @Override
    protected StaffAbsence toModel(StaffAbsenceRecord r) {
        return new StaffAbsence(r.getId(), r.getStaffId(), Enums.parse(AbsenceKind.class, r.getKind()),
                r.getStartOn(), r.getEndOn(), r.getNote(), r.getVersion());
    }

    @Override
    protected void fill(StaffAbsenceRecord r, StaffAbsence a) {
        r.setStaffId(a.staffId());
        r.setKind(Enums.name(a.kind()));
        r.setStartOn(a.startOn());
        r.setEndOn(a.endOn());
        r.setNote(a.note());
    }

    public List<StaffAbsence> findByStaff(long staffId) {
        return findWhere(STAFF_ABSENCE.STAFF_ID.eq(staffId));
    }
}
