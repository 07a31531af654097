package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.PILLAR;

import org.jooq.DSLContext;
import org.jooq.SortField;
import org.kenshu.model.Pillar;
import org.kenshu.store.jooq.tables.records.PillarRecord;

public final class PillarRepository extends EditableRepository<PillarRecord, Pillar> {
    public PillarRepository(DSLContext dsl) {
        super(dsl, PILLAR, PILLAR.ID, PILLAR.VERSION);
    }

    @Override
    protected Pillar toModel(PillarRecord r) {
        return new Pillar(r.getId(), r.getCode(), r.getName(), r.getSortOrder(), r.getVersion());
    }

    @Override
    protected void fill(PillarRecord r, Pillar p) {
        r.setCode(p.code());
        r.setName(p.name());
        r.setSortOrder(p.sortOrder());
    }

    @Override
    protected SortField<?>[] order() {
        return new SortField<?>[] {PILLAR.SORT_ORDER.asc(), PILLAR.ID.asc()};
    }
}
