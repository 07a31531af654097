package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.INITIATIVE_YEAR;

import java.util.List;
import org.jooq.DSLContext;
import org.kenshu.model.InitiativeYear;
import org.kenshu.store.jooq.tables.records.InitiativeYearRecord;

public final class InitiativeYearRepository extends EditableRepository<InitiativeYearRecord, InitiativeYear> {
    public InitiativeYearRepository(DSLContext dsl) {
        super(dsl, INITIATIVE_YEAR, INITIATIVE_YEAR.ID, INITIATIVE_YEAR.VERSION);
    }

    @Override
    protected InitiativeYear toModel(InitiativeYearRecord r) {
        return new InitiativeYear(r.getId(), r.getInitiativeId(), r.getFiscalYear(), r.getPlanText(),
                r.getResultText(), r.getPlanCount(), r.getResultCount(), r.getCountUnit(), r.getCountSource(),
                r.getVersion());
    }

    @Override
    protected void fill(InitiativeYearRecord r, InitiativeYear y) {
        r.setInitiativeId(y.initiativeId());
        r.setFiscalYear(y.fiscalYear());
        r.setPlanText(y.planText());
        r.setResultText(y.resultText());
        r.setPlanCount(y.planCount());
        r.setResultCount(y.resultCount());
        r.setCountUnit(y.countUnit());
        r.setCountSource(y.countSource());
    }

    public List<InitiativeYear> findByInitiative(long initiativeId) {
        return findWhere(INITIATIVE_YEAR.INITIATIVE_ID.eq(initiativeId));
    }
}
