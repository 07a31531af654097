package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.GOAL_YEAR;

import java.util.Optional;
import org.jooq.DSLContext;
import org.kenshu.model.GoalYear;
import org.kenshu.store.jooq.tables.records.GoalYearRecord;

public final class GoalYearRepository extends EditableRepository<GoalYearRecord, GoalYear> {
    public GoalYearRepository(DSLContext dsl) {
        super(dsl, GOAL_YEAR, GOAL_YEAR.ID, GOAL_YEAR.VERSION);
    }

    @Override
    protected GoalYear toModel(GoalYearRecord r) {
        return new GoalYear(r.getId(), r.getGoalId(), r.getFiscalYear(), r.getTargetRate(), r.getTargetCount(),
                r.getManualValue(), r.getSourceNote(), r.getVersion());
    }

    @Override
    protected void fill(GoalYearRecord r, GoalYear y) {
        r.setGoalId(y.goalId());
        r.setFiscalYear(y.fiscalYear());
        r.setTargetRate(y.targetRate());
        r.setTargetCount(y.targetCount());
        r.setManualValue(y.manualValue());
        r.setSourceNote(y.sourceNote());
    }

    public Optional<GoalYear> find(long goalId, int fiscalYear) {
        return dsl.selectFrom(GOAL_YEAR).where(GOAL_YEAR.GOAL_ID.eq(goalId).and(GOAL_YEAR.FISCAL_YEAR.eq(fiscalYear)))
                .fetchOptional().map(this::toModel);
    }
}
