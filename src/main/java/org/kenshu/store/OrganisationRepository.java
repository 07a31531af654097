package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.ORGANISATION;

import java.util.Optional;
import org.jooq.DSLContext;
import org.kenshu.model.EraDisplay;
import org.kenshu.model.Organisation;
import org.kenshu.model.StaleEditException;
import org.kenshu.store.jooq.tables.records.OrganisationRecord;

/** The single organisation row (id 1). */
public final class OrganisationRepository {
    private static final long ID = 1;
    private final DSLContext dsl;

    public OrganisationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Organisation> find() {
        return dsl.selectFrom(ORGANISATION).where(ORGANISATION.ID.eq(ID)).fetchOptional().map(r -> new Organisation(
                r.getName(), r.getPreset(), Enums.parse(EraDisplay.class, r.getEraDisplay()),
                r.getFiscalYearStartMonth(), r.getYearEndClosureStart(), r.getYearEndClosureEnd(),
                r.getLateCountsAsAttended(), r.getLeftEarlyCountsAsAttended(), r.getMinimumSessionSize(),
                r.getVersion()));
    }

    /** Inserts the row when missing, else updates it if its version is still {@code o.version()}. */
    public Organisation save(Organisation o) {
        OrganisationRecord r = dsl.newRecord(ORGANISATION);
        r.setName(o.name());
        r.setPreset(o.preset());
        r.setEraDisplay(Enums.name(o.eraDisplay()));
        r.setFiscalYearStartMonth(o.fiscalYearStartMonth());
        r.setYearEndClosureStart(o.yearEndClosureStart());
        r.setYearEndClosureEnd(o.yearEndClosureEnd());
        r.setLateCountsAsAttended(o.lateCountsAsAttended());
        r.setLeftEarlyCountsAsAttended(o.leftEarlyCountsAsAttended());
        r.setMinimumSessionSize(o.minimumSessionSize());
        if (find().isEmpty()) {
            r.setId(ID);
            r.setVersion(0);
            r.insert();
        } else {
            int rows = dsl.update(ORGANISATION).set(r).set(ORGANISATION.VERSION, ORGANISATION.VERSION.plus(1))
                    .where(ORGANISATION.ID.eq(ID).and(ORGANISATION.VERSION.eq(o.version()))).execute();
            if (rows == 0) {
                throw new StaleEditException("organisation", ID, find().orElse(null));
            }
        }
        return find().orElseThrow();
    }
}
