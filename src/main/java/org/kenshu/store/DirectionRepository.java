package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.DIRECTION;

import org.jooq.DSLContext;
import org.jooq.SortField;
import org.kenshu.model.Direction;
import org.kenshu.store.jooq.tables.records.DirectionRecord;

public final class DirectionRepository extends EditableRepository<DirectionRecord, Direction> {
    public DirectionRepository(DSLContext dsl) {
        super(dsl, DIRECTION, DIRECTION.ID, DIRECTION.VERSION);
    }

    @Override
    protected Direction toModel(DirectionRecord r) {
        return new Direction(r.getId(), r.getPillarId(), r.getCode(), r.getName(), r.getSortOrder(), r.getVersion());
    }

    @Override
    protected void fill(DirectionRecord r, Direction d) {
        r.setPillarId(d.pillarId());
        r.setCode(d.code());
        r.setName(d.name());
        r.setSortOrder(d.sortOrder());
    }

    @Override
    protected SortField<?>[] order() {
        return new SortField<?>[] {DIRECTION.SORT_ORDER.asc(), DIRECTION.ID.asc()};
    }
}
