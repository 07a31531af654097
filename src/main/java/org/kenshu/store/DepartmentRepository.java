package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.DEPARTMENT;

import org.jooq.DSLContext;
import org.jooq.SortField;
import org.kenshu.model.Department;
import org.kenshu.store.jooq.tables.records.DepartmentRecord;

public final class DepartmentRepository extends EditableRepository<DepartmentRecord, Department> {
    public DepartmentRepository(DSLContext dsl) {
        super(dsl, DEPARTMENT, DEPARTMENT.ID, DEPARTMENT.VERSION);
    }

    @Override
    protected Department toModel(DepartmentRecord r) {
        return new Department(r.getId(), r.getCode(), r.getName(), r.getParentId(), r.getSortOrder(),
                r.getValidFrom(), r.getValidTo(), r.getMergedIntoId(), r.getVersion());
    }

    @Override
    protected void fill(DepartmentRecord r, Department d) {
        r.setCode(d.code());
        r.setName(d.name());
        r.setParentId(d.parentId());
        r.setSortOrder(d.sortOrder());
        r.setValidFrom(d.validFrom());
        r.setValidTo(d.validTo());
        r.setMergedIntoId(d.mergedIntoId());
    }

    @Override
    protected SortField<?>[] order() {
        return new SortField<?>[] {DEPARTMENT.SORT_ORDER.asc(), DEPARTMENT.ID.asc()};
    }
}
