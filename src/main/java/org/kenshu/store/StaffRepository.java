package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.STAFF;

import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.kenshu.model.EmploymentType;
import org.kenshu.model.Staff;
import org.kenshu.store.jooq.tables.records.StaffRecord;

public final class StaffRepository extends EditableRepository<StaffRecord, Staff> {
    public StaffRepository(DSLContext dsl) {
        super(dsl, STAFF, STAFF.ID, STAFF.VERSION);
    }

    @Override
    protected Staff toModel(StaffRecord r) {
        return new Staff(r.getId(), r.getEmployeeNo(), r.getName(), r.getKana(),
                Enums.parse(EmploymentType.class, r.getEmploymentType()), r.getHiredOn(), r.getLeftOn(),
                r.getLeftReason(), r.getNote(), r.getVersion());
    }

    @Override
    protected void fill(StaffRecord r, Staff s) {
        r.setEmployeeNo(s.employeeNo());
        r.setName(s.name());
        r.setKana(s.kana());
        r.setEmploymentType(Enums.name(s.employmentType()));
        r.setHiredOn(s.hiredOn());
        r.setLeftOn(s.leftOn());
        r.setLeftReason(s.leftReason());
        r.setNote(s.note());
    }

    @Override
    protected SortField<?>[] order() {
        return new SortField<?>[] {STAFF.EMPLOYEE_NO.asc()};
    }

    public Optional<Staff> findByEmployeeNo(String employeeNo) {
        return dsl.selectFrom(STAFF).where(STAFF.EMPLOYEE_NO.eq(employeeNo)).fetchOptional().map(this::toModel);
    }
}
