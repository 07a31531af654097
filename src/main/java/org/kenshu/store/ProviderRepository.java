package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.PROVIDER;

import java.util.Optional;
import org.jooq.DSLContext;
import org.kenshu.model.Provider;
import org.kenshu.store.jooq.tables.records.ProviderRecord;

public final class ProviderRepository extends EditableRepository<ProviderRecord, Provider> {
    public ProviderRepository(DSLContext dsl) {
        super(dsl, PROVIDER, PROVIDER.ID, PROVIDER.VERSION);
    }

    @Override
    protected Provider toModel(ProviderRecord r) {
        return new Provider(r.getId(), r.getName(), r.getInternal(), r.getNote(), r.getVersion());
    }

    @Override
    protected void fill(ProviderRecord r, Provider p) {
        r.setName(p.name());
        r.setInternal(p.internal());
        r.setNote(p.note());
    }

    public Optional<Provider> findByName(String name) {
        return dsl.selectFrom(PROVIDER).where(PROVIDER.NAME.eq(name)).fetchOptional().map(this::toModel);
    }
}
