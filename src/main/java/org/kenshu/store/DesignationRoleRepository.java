package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.DESIGNATION_ROLE;

import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.kenshu.model.DesignationRole;
import org.kenshu.store.jooq.tables.records.DesignationRoleRecord;

public final class DesignationRoleRepository extends EditableRepository<DesignationRoleRecord, DesignationRole> {
    public DesignationRoleRepository(DSLContext dsl) {
        super(dsl, DESIGNATION_ROLE, DESIGNATION_ROLE.ID, DESIGNATION_ROLE.VERSION);
    }

    @Override
    protected DesignationRole toModel(DesignationRoleRecord r) {
        return new DesignationRole(r.getId(), r.getCode(), r.getName(), r.getSortOrder(), r.getVersion());
    }

    @Override
    protected void fill(DesignationRoleRecord r, DesignationRole d) {
        r.setCode(d.code());
        r.setName(d.name());
        r.setSortOrder(d.sortOrder());
    }

    @Override
    protected SortField<?>[] order() {
        return new SortField<?>[] {DESIGNATION_ROLE.SORT_ORDER.asc(), DESIGNATION_ROLE.ID.asc()};
    }

    public Optional<DesignationRole> findByCode(String code) {
        return dsl.selectFrom(DESIGNATION_ROLE).where(DESIGNATION_ROLE.CODE.eq(code)).fetchOptional()
                .map(this::toModel);
    }
}
