package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.JOB_CATEGORY;

import org.jooq.DSLContext;
import org.jooq.SortField;
import org.kenshu.model.JobCategory;
import org.kenshu.store.jooq.tables.records.JobCategoryRecord;

public final class JobCategoryRepository extends EditableRepository<JobCategoryRecord, JobCategory> {
    public JobCategoryRepository(DSLContext dsl) {
        super(dsl, JOB_CATEGORY, JOB_CATEGORY.ID, JOB_CATEGORY.VERSION);
    }

    @Override
    protected JobCategory toModel(JobCategoryRecord r) {
        return new JobCategory(r.getId(), r.getCode(), r.getName(), r.getDescription(), r.getSortOrder(),
                r.getRetired(), r.getVersion());
    }

    @Override
    protected void fill(JobCategoryRecord r, JobCategory j) {
        r.setCode(j.code());
        r.setName(j.name());
        r.setSortOrder(j.sortOrder());
        r.setRetired(j.retired());
        r.setDescription(j.description());
    }

    @Override
    protected SortField<?>[] order() {
        return new SortField<?>[] {JOB_CATEGORY.SORT_ORDER.asc(), JOB_CATEGORY.ID.asc()};
    }
}
