package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.TIER_COMPETENCY;

import java.util.Optional;
import org.jooq.DSLContext;
import org.kenshu.model.RequirementLevel;
import org.kenshu.model.TierCompetency;
import org.kenshu.store.jooq.tables.records.TierCompetencyRecord;

public final class TierCompetencyRepository extends EditableRepository<TierCompetencyRecord, TierCompetency> {
    public TierCompetencyRepository(DSLContext dsl) {
        super(dsl, TIER_COMPETENCY, TIER_COMPETENCY.ID, TIER_COMPETENCY.VERSION);
    }

    @Override
    protected TierCompetency toModel(TierCompetencyRecord r) {
        return new TierCompetency(r.getId(), r.getTierId(), r.getCompetencyId(),
                Enums.parse(RequirementLevel.class, r.getRequirementLevel()), r.getDescription(), r.getVersion());
    }

    @Override
    protected void fill(TierCompetencyRecord r, TierCompetency t) {
        r.setTierId(t.tierId());
        r.setCompetencyId(t.competencyId());
        r.setRequirementLevel(Enums.name(t.level()));
        r.setDescription(t.description());
    }

    public Optional<TierCompetency> find(long tierId, long competencyId) {
        return dsl.selectFrom(TIER_COMPETENCY)
                .where(TIER_COMPETENCY.TIER_ID.eq(tierId).and(TIER_COMPETENCY.COMPETENCY_ID.eq(competencyId)))
                .fetchOptional().map(this::toModel);
    }
}
