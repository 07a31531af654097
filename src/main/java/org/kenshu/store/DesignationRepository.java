package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.DESIGNATION;

import java.util.List;
import org.jooq.DSLContext;
import org.kenshu.model.Designation;
import org.kenshu.store.jooq.tables.records.DesignationRecord;

public final class DesignationRepository extends EditableRepository<DesignationRecord, Designation> {
    public DesignationRepository(DSLContext dsl) {
        super(dsl, DESIGNATION, DESIGNATION.ID, DESIGNATION.VERSION);
    }

    @Override
    protected Designation toModel(DesignationRecord r) {
        return new Designation(r.getId(), r.getStaffId(), r.getRoleId(), r.getFiscalYear(), r.getCohort(),
                r.getGrantedOn(), r.getNote(), r.getVersion());
    }

    @Override
    protected void fill(DesignationRecord r, Designation d) {
        r.setStaffId(d.staffId());
        r.setRoleId(d.roleId());
        r.setFiscalYear(d.fiscalYear());
        r.setCohort(d.cohort());
        r.setGrantedOn(d.grantedOn());
        r.setNote(d.note());
    }

    public List<Designation> findByFiscalYear(int fiscalYear) {
        return findWhere(DESIGNATION.FISCAL_YEAR.eq(fiscalYear));
    }

    public List<Designation> findByStaff(long staffId) {
        return findWhere(DESIGNATION.STAFF_ID.eq(staffId));
    }
}
