package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.COURSE;
import static org.kenshu.store.jooq.Tables.COURSE_COMPETENCY;
import static org.kenshu.store.jooq.Tables.COURSE_TARGET_JOB_CATEGORY;
import static org.kenshu.store.jooq.Tables.COURSE_TARGET_TIER;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.kenshu.model.Course;
import org.kenshu.model.DeliveryFormat;
import org.kenshu.model.EnrollmentMode;
import org.kenshu.model.TargetRule;
import org.kenshu.store.jooq.tables.records.CourseRecord;

/** Courses with their target tiers, target job categories and the competencies they develop. */
public final class CourseRepository extends EditableRepository<CourseRecord, Course> {
    public CourseRepository(DSLContext dsl) {
        super(dsl, COURSE, COURSE.ID, COURSE.VERSION);
    }

    @Override
    protected Course toModel(CourseRecord r) {
        long id = r.getId();
        var target = new TargetRule(
                new HashSet<>(dsl.select(COURSE_TARGET_TIER.TIER_ID).from(COURSE_TARGET_TIER)
                        .where(COURSE_TARGET_TIER.COURSE_ID.eq(id)).fetch(COURSE_TARGET_TIER.TIER_ID)),
                new HashSet<>(dsl.select(COURSE_TARGET_JOB_CATEGORY.JOB_CATEGORY_ID).from(COURSE_TARGET_JOB_CATEGORY)
                        .where(COURSE_TARGET_JOB_CATEGORY.COURSE_ID.eq(id))
                        .fetch(COURSE_TARGET_JOB_CATEGORY.JOB_CATEGORY_ID)),
                r.getTargetYearsFrom(), r.getTargetYearsTo(), r.getTargetPromotedWithinMonths(),
                r.getTargetNotCompletedCourseId(), r.getTargetActiveOnly());
        Set<Long> competencies = new HashSet<>(dsl.select(COURSE_COMPETENCY.COMPETENCY_ID).from(COURSE_COMPETENCY)
                .where(COURSE_COMPETENCY.COURSE_ID.eq(id)).fetch(COURSE_COMPETENCY.COMPETENCY_ID));
        return new Course(id, r.getCode(), r.getName(), r.getCourseTypeId(), r.getProviderId(),
                Enums.parse(DeliveryFormat.class, r.getDeliveryFormat()), r.getDays(), r.getHours(),
                r.getDefaultCapacity(), r.getCostPerHead(), Enums.parse(EnrollmentMode.class, r.getEnrollmentMode()),
                r.getDescription(), target, competencies, r.getRetired(), r.getVersion());
    }

    @Override
    protected void fill(CourseRecord r, Course c) {
        r.setCode(c.code());
        r.setName(c.name());
        r.setCourseTypeId(c.courseTypeId());
        r.setProviderId(c.providerId());
        r.setDeliveryFormat(Enums.name(c.format()));
        r.setDays(c.days());
        r.setHours(c.hours());
        r.setDefaultCapacity(c.defaultCapacity());
        r.setCostPerHead(c.costPerHead());
        r.setEnrollmentMode(Enums.name(c.mode()));
        r.setDescription(c.description());
        r.setTargetYearsFrom(c.target().yearsFrom());
        r.setTargetYearsTo(c.target().yearsTo());
        r.setTargetPromotedWithinMonths(c.target().promotedWithinMonths());
        r.setTargetNotCompletedCourseId(c.target().notCompletedCourseId());
        r.setTargetActiveOnly(c.target().activeOnly());
        r.setRetired(c.retired());
    }

    @Override
    protected void afterWrite(long id, Course c) {
        beforeDelete(id);
        for (long tier : c.target().tierIds()) {
            dsl.insertInto(COURSE_TARGET_TIER, COURSE_TARGET_TIER.COURSE_ID, COURSE_TARGET_TIER.TIER_ID)
                    .values(id, tier).execute();
        }
        for (long job : c.target().jobCategoryIds()) {
            dsl.insertInto(COURSE_TARGET_JOB_CATEGORY, COURSE_TARGET_JOB_CATEGORY.COURSE_ID,
                    COURSE_TARGET_JOB_CATEGORY.JOB_CATEGORY_ID).values(id, job).execute();
        }
        for (long competency : c.competencyIds()) {
            dsl.insertInto(COURSE_COMPETENCY, COURSE_COMPETENCY.COURSE_ID, COURSE_COMPETENCY.COMPETENCY_ID)
                    .values(id, competency).execute();
        }
    }

    @Override
    protected void beforeDelete(long id) {
        dsl.deleteFrom(COURSE_TARGET_TIER).where(COURSE_TARGET_TIER.COURSE_ID.eq(id)).execute();
        dsl.deleteFrom(COURSE_TARGET_JOB_CATEGORY).where(COURSE_TARGET_JOB_CATEGORY.COURSE_ID.eq(id)).execute();
        dsl.deleteFrom(COURSE_COMPETENCY).where(COURSE_COMPETENCY.COURSE_ID.eq(id)).execute();
    }

    @Override
    protected SortField<?>[] order() {
        return new SortField<?>[] {COURSE.COURSE_TYPE_ID.asc(), COURSE.ID.asc()};
    }

    public Optional<Course> findByName(String name) {
        return dsl.selectFrom(COURSE).where(COURSE.NAME.eq(name)).fetchOptional().map(this::toModel);
    }
}
