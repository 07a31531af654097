package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.TIER;

import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.kenshu.model.Tier;
import org.kenshu.store.jooq.tables.records.TierRecord;

public final class TierRepository extends EditableRepository<TierRecord, Tier> {
    public TierRepository(DSLContext dsl) {
        super(dsl, TIER, TIER.ID, TIER.VERSION);
    }

    @Override
    protected Tier toModel(TierRecord r) {
        return new Tier(r.getId(), r.getCode(), r.getName(), r.getRank(), r.getSalaryGrades(), r.getDescription(),
                r.getRetired(), r.getJobCategoryId(), r.getVersion());
    }

    @Override
    protected void fill(TierRecord r, Tier t) {
        r.setCode(t.code());
        r.setName(t.name());
        r.setRank(t.rank());
        r.setSalaryGrades(t.salaryGrades());
        r.setDescription(t.description());
        r.setRetired(t.retired());
        r.setJobCategoryId(t.jobCategoryId());
    }

    @Override
    protected SortField<?>[] order() {
        return new SortField<?>[] {TIER.RANK.asc(), TIER.ID.asc()};
    }

    public Optional<Tier> findByCode(String code) {
        return dsl.selectFrom(TIER).where(TIER.CODE.eq(code)).fetchOptional().map(this::toModel);
    }
}
