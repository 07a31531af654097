package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.COURSE_SESSION;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.kenshu.model.Session;
import org.kenshu.model.SessionStatus;
import org.kenshu.store.jooq.tables.records.CourseSessionRecord;

public final class SessionRepository extends EditableRepository<CourseSessionRecord, Session> {
    public SessionRepository(DSLContext dsl) {
        super(dsl, COURSE_SESSION, COURSE_SESSION.ID, COURSE_SESSION.VERSION);
    }

    @Override
    protected Session toModel(CourseSessionRecord r) {
        return new Session(r.getId(), r.getPlanId(), r.getCourseId(), r.getSessionNo(), r.getVenue(),
                r.getInstructorStaffId(), r.getInstructorName(), r.getCapacity(), r.getApplicationDeadline(),
                r.getPeriodEnd(), Enums.parse(SessionStatus.class, r.getStatus()), r.getNote(), r.getVersion());
    }

    @Override
    protected void fill(CourseSessionRecord r, Session s) {
        r.setPlanId(s.planId());
        r.setCourseId(s.courseId());
        r.setSessionNo(s.sessionNo());
        r.setVenue(s.venue());
        r.setInstructorStaffId(s.instructorStaffId());
        r.setInstructorName(s.instructorName());
        r.setCapacity(s.capacity());
        r.setApplicationDeadline(s.applicationDeadline());
        r.setPeriodEnd(s.periodEnd());
        r.setStatus(Enums.name(s.status()));
        r.setNote(s.note());
    }

    @Override
    protected SortField<?>[] order() {
        return new SortField<?>[] {COURSE_SESSION.COURSE_ID.asc(), COURSE_SESSION.SESSION_NO.asc()};
    }

    public List<Session> findByPlan(long planId) {
        return findWhere(COURSE_SESSION.PLAN_ID.eq(planId));
    }

    public List<Session> findByPlanAndCourse(long planId, long courseId) {
        return findWhere(COURSE_SESSION.PLAN_ID.eq(planId).and(COURSE_SESSION.COURSE_ID.eq(courseId)));
    }
}
