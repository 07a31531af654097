package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.TIER_ALIAS;

import java.util.List;
import org.jooq.DSLContext;
import org.kenshu.model.TierAlias;
import org.kenshu.store.jooq.tables.records.TierAliasRecord;

public final class TierAliasRepository extends EditableRepository<TierAliasRecord, TierAlias> {
    public TierAliasRepository(DSLContext dsl) {
        super(dsl, TIER_ALIAS, TIER_ALIAS.ID, TIER_ALIAS.VERSION);
    }

    @Override
    protected TierAlias toModel(TierAliasRecord r) {
        return new TierAlias(r.getId(), r.getTierId(), r.getAlias(), r.getVersion());
    }

    @Override
    protected void fill(TierAliasRecord r, TierAlias a) {
        r.setTierId(a.tierId());
        r.setAlias(a.alias());
    }

    public List<TierAlias> findByTier(long tierId) {
        return findWhere(TIER_ALIAS.TIER_ID.eq(tierId));
    }
}
