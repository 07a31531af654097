package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.ANNUAL_PLAN;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.kenshu.model.AnnualPlan;
import org.kenshu.model.PlanStatus;
import org.kenshu.store.jooq.tables.records.AnnualPlanRecord;

public final class AnnualPlanRepository extends EditableRepository<AnnualPlanRecord, AnnualPlan> {
    public AnnualPlanRepository(DSLContext dsl) {
        super(dsl, ANNUAL_PLAN, ANNUAL_PLAN.ID, ANNUAL_PLAN.VERSION);
    }

    @Override
    protected AnnualPlan toModel(AnnualPlanRecord r) {
        return new AnnualPlan(r.getId(), r.getFiscalYear(), Enums.parse(PlanStatus.class, r.getStatus()),
                r.getBudget(), r.getNote(), r.getVersion());
    }

    @Override
    protected void fill(AnnualPlanRecord r, AnnualPlan p) {
        r.setFiscalYear(p.fiscalYear());
        r.setStatus(Enums.name(p.status()));
        r.setBudget(p.budget());
        r.setNote(p.note());
    }

    @Override
    protected SortField<?>[] order() {
        return new SortField<?>[] {ANNUAL_PLAN.FISCAL_YEAR.asc()};
    }

    public Optional<AnnualPlan> findByFiscalYear(int fiscalYear) {
        return dsl.selectFrom(ANNUAL_PLAN).where(ANNUAL_PLAN.FISCAL_YEAR.eq(fiscalYear)).fetchOptional()
                .map(this::toModel);
    }

    public List<Integer> fiscalYears() {
        return dsl.select(ANNUAL_PLAN.FISCAL_YEAR).from(ANNUAL_PLAN).orderBy(ANNUAL_PLAN.FISCAL_YEAR)
                .fetch(ANNUAL_PLAN.FISCAL_YEAR);
    }
}
