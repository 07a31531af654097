package org.kenshu.store;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;
import static org.kenshu.store.jooq.Tables.ANNUAL_PLAN;
import static org.kenshu.store.jooq.Tables.ATTENDANCE;
import static org.kenshu.store.jooq.Tables.COURSE;
import static org.kenshu.store.jooq.Tables.COURSE_SESSION;
import static org.kenshu.store.jooq.Tables.SESSION_DAY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.kenshu.model.SessionStatus;

/**
 * The facts goals are counted from (DESIGN.md §5), read with a few set-based queries per goal
 * and year — never one query per person — so a 30,000-staff city counts in well under a second.
 * What the facts mean is decided by the goal engine in the service layer; people (nominations,
 * population, holders) come from {@link GoalPeople}.
 */
public final class GoalFacts {
    private final DSLContext dsl;

    public GoalFacts(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A goal's course set: every course of a type, or a list of courses. */
    public record Courses(Long courseTypeId, Set<Long> courseIds) {
        public Courses {
            courseIds = courseIds == null ? Set.of() : Set.copyOf(courseIds);
        }

        public boolean isEmpty() {
            return courseTypeId == null && courseIds.isEmpty();
        }

        Condition on(Field<Long> courseId) {
            if (courseTypeId != null) {
                return courseId.in(select(COURSE.ID).from(COURSE).where(COURSE.COURSE_TYPE_ID.eq(courseTypeId)));
            }
            return courseIds.isEmpty() ? DSL.falseCondition() : courseId.in(courseIds);
        }
    }

    /** A session of the course set: how many days it has and when it runs ({@code periodEnd} for e-learning). */
    public record SessionFact(long sessionId, long courseId, int fiscalYear, int sessionNo, SessionStatus status,
            int dayCount, LocalDate firstDay, LocalDate lastDay, LocalDate periodEnd, Integer capacity) {

        /** The last date the session runs: the end of an e-learning period, else its last day. */
        public LocalDate endsOn() {
            return periodEnd != null ? periodEnd : lastDay;
        }
    }

    /** How many of a staff member's marks on one session's days count as attended, out of how many marks. */
    public record DayCount(long staffId, long sessionId, int attended, int marks) {
    }

    /** One attendance mark (for the people behind a gap). */
    public record MarkFact(long staffId, long sessionId, LocalDate heldOn, String mark) {
    }

    /** Sessions of {@code courses} in the plans of fiscal years {@code fromYear}..{@code toYear}. */
    public List<SessionFact> sessions(Courses courses, int fromYear, int toYear) {
        var cs = COURSE_SESSION;
        return dsl.select(cs.ID, cs.COURSE_ID, ANNUAL_PLAN.FISCAL_YEAR, cs.SESSION_NO, cs.STATUS, count(SESSION_DAY.ID),
                        min(SESSION_DAY.HELD_ON), max(SESSION_DAY.HELD_ON), cs.PERIOD_END, cs.CAPACITY)
                .from(cs).join(ANNUAL_PLAN).on(ANNUAL_PLAN.ID.eq(cs.PLAN_ID))
                .leftJoin(SESSION_DAY).on(SESSION_DAY.SESSION_ID.eq(cs.ID))
                .where(ANNUAL_PLAN.FISCAL_YEAR.between(fromYear, toYear).and(courses.on(cs.COURSE_ID)))
                .groupBy(cs.ID, cs.COURSE_ID, ANNUAL_PLAN.FISCAL_YEAR, cs.SESSION_NO, cs.STATUS, cs.PERIOD_END,
                        cs.CAPACITY)
                .fetch(r -> new SessionFact(r.value1(), r.value2(), r.value3(), r.value4(),
                        Enums.parse(SessionStatus.class, r.value5()), r.value6(), r.value7(), r.value8(), r.value9(),
                        r.value10()));
    }

    /**
     * Per staff member and session of {@code courses} (fiscal years {@code fromYear}..{@code toYear}):
     * the marks recorded and how many of them are in {@code attendedMarks}. Grouped in the database:
     * a year of a large city has hundreds of thousands of attendance rows.
     */
    public List<DayCount> dayCounts(Courses courses, int fromYear, int toYear, Collection<String> attendedMarks) {
        Field<Integer> attended = sum(when(ATTENDANCE.MARK.in(attendedMarks), inline(1)).otherwise(inline(0)))
                .cast(Integer.class);
        return dsl.select(ATTENDANCE.STAFF_ID, SESSION_DAY.SESSION_ID, attended, count())
                .from(ATTENDANCE).join(SESSION_DAY).on(SESSION_DAY.ID.eq(ATTENDANCE.SESSION_DAY_ID))
                .where(SESSION_DAY.SESSION_ID.in(sessionIds(courses, fromYear, toYear)))
                .groupBy(ATTENDANCE.STAFF_ID, SESSION_DAY.SESSION_ID)
                .fetch(r -> new DayCount(r.value1(), r.value2(), r.value3() == null ? 0 : r.value3(), r.value4()));
    }

    /** Every mark on the days of the course set's sessions in one fiscal year (for the people behind a gap). */
    public List<MarkFact> marks(Courses courses, int fiscalYear) {
        return dsl.select(ATTENDANCE.STAFF_ID, SESSION_DAY.SESSION_ID, SESSION_DAY.HELD_ON, ATTENDANCE.MARK)
                .from(ATTENDANCE).join(SESSION_DAY).on(SESSION_DAY.ID.eq(ATTENDANCE.SESSION_DAY_ID))
                .where(SESSION_DAY.SESSION_ID.in(sessionIds(courses, fiscalYear, fiscalYear)))
                .orderBy(SESSION_DAY.HELD_ON)
                .fetch(r -> new MarkFact(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** The days of the course set's sessions in one fiscal year, by session, in date order. */
    public Map<Long, List<LocalDate>> sessionDays(Courses courses, int fiscalYear) {
        Map<Long, List<LocalDate>> days = new HashMap<>();
        dsl.select(SESSION_DAY.SESSION_ID, SESSION_DAY.HELD_ON).from(SESSION_DAY)
                .where(SESSION_DAY.SESSION_ID.in(sessionIds(courses, fiscalYear, fiscalYear)))
                .orderBy(SESSION_DAY.HELD_ON)
                .forEach(r -> days.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return days;
    }

    /** Course names by id (one query, unlike loading whole courses). */
    public Map<Long, String> courseNames() {
        Map<Long, String> names = new HashMap<>();
        dsl.select(COURSE.ID, COURSE.NAME).from(COURSE).forEach(r -> names.put(r.value1(), r.value2()));
        return names;
    }

    private static org.jooq.Select<org.jooq.Record1<Long>> sessionIds(Courses courses, int fromYear, int toYear) {
        var cs = COURSE_SESSION;
        return select(cs.ID).from(cs).join(ANNUAL_PLAN).on(ANNUAL_PLAN.ID.eq(cs.PLAN_ID))
                .where(ANNUAL_PLAN.FISCAL_YEAR.between(fromYear, toYear).and(courses.on(cs.COURSE_ID)));
    }

    /** Fiscal years that have a plan, oldest first (the years a trend can be drawn for). */
    public List<Integer> plannedYears() {
        return dsl.select(ANNUAL_PLAN.FISCAL_YEAR).from(ANNUAL_PLAN).orderBy(ANNUAL_PLAN.FISCAL_YEAR)
                .fetch(ANNUAL_PLAN.FISCAL_YEAR);
    }
}
