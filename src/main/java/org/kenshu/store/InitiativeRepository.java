package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.INITIATIVE;

import org.jooq.DSLContext;
import org.jooq.SortField;
import org.kenshu.model.Initiative;
import org.kenshu.store.jooq.tables.records.InitiativeRecord;

public final class InitiativeRepository extends EditableRepository<InitiativeRecord, Initiative> {
    public InitiativeRepository(DSLContext dsl) {
        super(dsl, INITIATIVE, INITIATIVE.ID, INITIATIVE.VERSION);
    }

    @Override
    protected Initiative toModel(InitiativeRecord r) {
        return new Initiative(r.getId(), r.getDirectionId(), r.getCode(), r.getName(), r.getDescription(),
                r.getSortOrder(), r.getVersion());
    }

    @Override
    protected void fill(InitiativeRecord r, Initiative i) {
        r.setDirectionId(i.directionId());
        r.setCode(i.code());
        r.setName(i.name());
        r.setDescription(i.description());
        r.setSortOrder(i.sortOrder());
    }

    @Override
    protected SortField<?>[] order() {
        return new SortField<?>[] {INITIATIVE.SORT_ORDER.asc(), INITIATIVE.ID.asc()};
    }
}
