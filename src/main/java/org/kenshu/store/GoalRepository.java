package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.GOAL;
import static org.kenshu.store.jooq.Tables.GOAL_COURSE;
import static org.kenshu.store.jooq.Tables.GOAL_JOB_CATEGORY;
import static org.kenshu.store.jooq.Tables.GOAL_TIER;

import java.util.HashSet;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.kenshu.model.Goal;
import org.kenshu.model.GoalKind;
import org.kenshu.store.jooq.tables.records.GoalRecord;

/** Goals with their course lists and population filters. */
public final class GoalRepository extends EditableRepository<GoalRecord, Goal> {
    public GoalRepository(DSLContext dsl) {
        super(dsl, GOAL, GOAL.ID, GOAL.VERSION);
    }

    @Override
    protected Goal toModel(GoalRecord r) {
        long id = r.getId();
        var courses = new HashSet<>(dsl.select(GOAL_COURSE.COURSE_ID).from(GOAL_COURSE)
                .where(GOAL_COURSE.GOAL_ID.eq(id)).fetch(GOAL_COURSE.COURSE_ID));
        var tiers = new HashSet<>(dsl.select(GOAL_TIER.TIER_ID).from(GOAL_TIER)
                .where(GOAL_TIER.GOAL_ID.eq(id)).fetch(GOAL_TIER.TIER_ID));
        var jobs = new HashSet<>(dsl.select(GOAL_JOB_CATEGORY.JOB_CATEGORY_ID).from(GOAL_JOB_CATEGORY)
                .where(GOAL_JOB_CATEGORY.GOAL_ID.eq(id)).fetch(GOAL_JOB_CATEGORY.JOB_CATEGORY_ID));
        return new Goal(id, r.getCode(), r.getName(), Enums.parse(GoalKind.class, r.getKind()), r.getTargetRate(),
                r.getTargetCount(), r.getCourseTypeId(), courses, tiers, jobs, r.getDesignationRoleId(),
                r.getPopulationActiveOnly(), r.getFiscalYearFrom(), r.getFiscalYearTo(), r.getPillarId(),
                r.getUnit(), r.getDescription(), r.getSortOrder(), r.getVersion());
    }

    @Override
    protected void fill(GoalRecord r, Goal g) {
        r.setCode(g.code());
        r.setName(g.name());
        r.setKind(Enums.name(g.kind()));
        r.setTargetRate(g.targetRate());
        r.setTargetCount(g.targetCount());
        r.setCourseTypeId(g.courseTypeId());
        r.setDesignationRoleId(g.designationRoleId());
        r.setPopulationActiveOnly(g.activeOnly());
        r.setFiscalYearFrom(g.fiscalYearFrom());
        r.setFiscalYearTo(g.fiscalYearTo());
        r.setPillarId(g.pillarId());
        r.setUnit(g.unit());
        r.setDescription(g.description());
        r.setSortOrder(g.sortOrder());
    }

    @Override
    protected void afterWrite(long id, Goal g) {
        beforeDelete(id);
        for (long course : g.courseIds()) {
            dsl.insertInto(GOAL_COURSE, GOAL_COURSE.GOAL_ID, GOAL_COURSE.COURSE_ID).values(id, course).execute();
        }
        for (long tier : g.tierIds()) {
            dsl.insertInto(GOAL_TIER, GOAL_TIER.GOAL_ID, GOAL_TIER.TIER_ID).values(id, tier).execute();
        }
        for (long job : g.jobCategoryIds()) {
            dsl.insertInto(GOAL_JOB_CATEGORY, GOAL_JOB_CATEGORY.GOAL_ID, GOAL_JOB_CATEGORY.JOB_CATEGORY_ID)
                    .values(id, job).execute();
        }
    }

    @Override
    protected void beforeDelete(long id) {
        dsl.deleteFrom(GOAL_COURSE).where(GOAL_COURSE.GOAL_ID.eq(id)).execute();
        dsl.deleteFrom(GOAL_TIER).where(GOAL_TIER.GOAL_ID.eq(id)).execute();
        dsl.deleteFrom(GOAL_JOB_CATEGORY).where(GOAL_JOB_CATEGORY.GOAL_ID.eq(id)).execute();
    }

    @Override
    protected SortField<?>[] order() {
        return new SortField<?>[] {GOAL.SORT_ORDER.asc(), GOAL.ID.asc()};
    }

    public Optional<Goal> findByCode(String code) {
        return dsl.selectFrom(GOAL).where(GOAL.CODE.eq(code)).fetchOptional().map(this::toModel);
    }
}
