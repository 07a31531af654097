package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.COMPETENCY;

import org.jooq.DSLContext;
import org.jooq.SortField;
import org.kenshu.model.Competency;
import org.kenshu.store.jooq.tables.records.CompetencyRecord;

public final class CompetencyRepository extends EditableRepository<CompetencyRecord, Competency> {
    public CompetencyRepository(DSLContext dsl) {
        super(dsl, COMPETENCY, COMPETENCY.ID, COMPETENCY.VERSION);
    }

    @Override
    protected Competency toModel(CompetencyRecord r) {
        return new Competency(r.getId(), r.getCategoryId(), r.getCode(), r.getName(), r.getDescription(),
                r.getSortOrder(), r.getVersion());
    }

    @Override
    protected void fill(CompetencyRecord r, Competency c) {
        r.setCategoryId(c.categoryId());
        r.setCode(c.code());
        r.setName(c.name());
        r.setDescription(c.description());
        r.setSortOrder(c.sortOrder());
    }

    @Override
    protected SortField<?>[] order() {
        return new SortField<?>[] {COMPETENCY.SORT_ORDER.asc(), COMPETENCY.ID.asc()};
    }
}
