package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.COMPETENCY_CATEGORY;

import org.jooq.DSLContext;
import org.jooq.SortField;
import org.kenshu.model.CompetencyCategory;
import org.kenshu.store.jooq.tables.records.CompetencyCategoryRecord;

public final class CompetencyCategoryRepository
        extends EditableRepository<CompetencyCategoryRecord, CompetencyCategory> {
    public CompetencyCategoryRepository(DSLContext dsl) {
        super(dsl, COMPETENCY_CATEGORY, COMPETENCY_CATEGORY.ID, COMPETENCY_CATEGORY.VERSION);
    }

    @Override
    protected CompetencyCategory toModel(CompetencyCategoryRecord r) {
        return new CompetencyCategory(r.getId(), r.getCode(), r.getName(), r.getDescription(), r.getSortOrder(),
                r.getVersion());
    }

    @Override
    protected void fill(CompetencyCategoryRecord r, CompetencyCategory c) {
        r.setCode(c.code());
        r.setName(c.name());
        r.setDescription(c.description());
        r.setSortOrder(c.sortOrder());
    }

    @Override
    protected SortField<?>[] order() {
        return new SortField<?>[] {COMPETENCY_CATEGORY.SORT_ORDER.asc(), COMPETENCY_CATEGORY.ID.asc()};
    }
}
