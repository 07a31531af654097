package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.COURSE_TYPE;

import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.kenshu.model.CourseType;
import org.kenshu.store.jooq.tables.records.CourseTypeRecord;

public final class CourseTypeRepository extends EditableRepository<CourseTypeRecord, CourseType> {
    public CourseTypeRepository(DSLContext dsl) {
        super(dsl, COURSE_TYPE, COURSE_TYPE.ID, COURSE_TYPE.VERSION);
    }

    @Override
    protected CourseType toModel(CourseTypeRecord r) {
        return new CourseType(r.getId(), r.getCode(), r.getName(), r.getColor(), r.getSortOrder(), r.getVersion());
    }

    @Override
    protected void fill(CourseTypeRecord r, CourseType c) {
        r.setCode(c.code());
        r.setName(c.name());
        r.setColor(c.color());
        r.setSortOrder(c.sortOrder());
    }

    @Override
    protected SortField<?>[] order() {
        return new SortField<?>[] {COURSE_TYPE.SORT_ORDER.asc(), COURSE_TYPE.ID.asc()};
    }

    public Optional<CourseType> findByCode(String code) {
        return dsl.selectFrom(COURSE_TYPE).where(COURSE_TYPE.CODE.eq(code)).fetchOptional().map(this::toModel);
    }
}
