package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.COURSE_ALIAS;

import java.util.List;
import org.jooq.DSLContext;
import org.kenshu.model.CourseAlias;
import org.kenshu.store.jooq.tables.records.CourseAliasRecord;

public final class CourseAliasRepository extends EditableRepository<CourseAliasRecord, CourseAlias> {
    public CourseAliasRepository(DSLContext dsl) {
        super(dsl, COURSE_ALIAS, COURSE_ALIAS.ID, COURSE_ALIAS.VERSION);
    }

    @Override
    protected CourseAlias toModel(CourseAliasRecord r) {
        return new CourseAlias(r.getId(), r.getCourseId(), r.getAlias(), r.getVersion());
    }

    @Override
    protected void fill(CourseAliasRecord r, CourseAlias a) {
        r.setCourseId(a.courseId());
        r.setAlias(a.alias());
    }

    public List<CourseAlias> findByCourse(long courseId) {
        return findWhere(COURSE_ALIAS.COURSE_ID.eq(courseId));
    }
}
