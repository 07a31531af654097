package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.ATTENDANCE;
import static org.kenshu.store.jooq.Tables.COURSE;
import static org.kenshu.store.jooq.Tables.COURSE_SESSION;
import static org.kenshu.store.jooq.Tables.ENROLLMENT;
import static org.kenshu.store.jooq.Tables.GOAL;
import static org.kenshu.store.jooq.Tables.GOAL_COURSE;
import static org.kenshu.store.jooq.Tables.SESSION_DAY;
import static org.kenshu.store.jooq.Tables.SESSION_FEEDBACK;

import org.jooq.DSLContext;

/**
 * How many rows still refer to a catalog row or a session: a row that is referred to is retired or
 * cancelled, never deleted, so no history is lost.
 */
public final class UsageCounts {
    private final DSLContext dsl;

    public UsageCounts(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Sessions, enrollments, goals and other courses' "not yet completed" conditions naming the course. */
    public int course(long courseId) {
        return dsl.fetchCount(COURSE_SESSION, COURSE_SESSION.COURSE_ID.eq(courseId))
                + dsl.fetchCount(ENROLLMENT, ENROLLMENT.COURSE_ID.eq(courseId))
                + dsl.fetchCount(GOAL_COURSE, GOAL_COURSE.COURSE_ID.eq(courseId))
                + dsl.fetchCount(COURSE, COURSE.TARGET_NOT_COMPLETED_COURSE_ID.eq(courseId));
    }

    public int courseType(long typeId) {
        return dsl.fetchCount(COURSE, COURSE.COURSE_TYPE_ID.eq(typeId)) + dsl.fetchCount(GOAL, GOAL.COURSE_TYPE_ID.eq(typeId));
    }

    public int provider(long providerId) {
        return dsl.fetchCount(COURSE, COURSE.PROVIDER_ID.eq(providerId));
    }

    /** Enrollments, attendance marks and feedback of a session. */
    public int session(long sessionId) {
        return dsl.fetchCount(ENROLLMENT, ENROLLMENT.SESSION_ID.eq(sessionId))
                + dsl.fetchCount(SESSION_FEEDBACK, SESSION_FEEDBACK.SESSION_ID.eq(sessionId))
                + dsl.fetchCount(dsl.select(ATTENDANCE.ID).from(ATTENDANCE).join(SESSION_DAY)
                        .on(ATTENDANCE.SESSION_DAY_ID.eq(SESSION_DAY.ID)).where(SESSION_DAY.SESSION_ID.eq(sessionId)));
    }

    /** Attendance marks recorded on one session day. */
    public int sessionDay(long sessionDayId) {
        return dsl.fetchCount(ATTENDANCE, ATTENDANCE.SESSION_DAY_ID.eq(sessionDayId));
    }
}
