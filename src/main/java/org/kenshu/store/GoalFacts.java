package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.ANNUAL_PLAN;
import static org.kenshu.store.jooq.Tables.ATTENDANCE;
import static org.kenshu.store.jooq.Tables.COURSE;
import static org.kenshu.store.jooq.Tables.COURSE_SESSION;
import static org.kenshu.store.jooq.Tables.SESSION_DAY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.kenshu.model.SessionStatus;

/**
 * The facts goals are counted from (DESIGN.md §5): a course set's sessions with their days, and the
 * attendance marks on those days — read with a few flat, index-driven queries per goal and year,
 * never one per person. Measured on H2 (docs/benchmarks.md): fetching the marks of a list of
 * session days from the covering index and counting in Java is several times faster than letting
 * H2 join and GROUP BY, so the counting happens in the service.
 */
public final class GoalFacts {
    /** PostgreSQL allows at most 32,767 bind values in one statement. */
    static final int CHUNK = 10_000;
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
    }

    /** A session of the course set with its days in date order ({@code periodEnd} for e-learning). */
    public record SessionFact(long sessionId, long courseId, int fiscalYear, int sessionNo, SessionStatus status,
            List<LocalDate> days, LocalDate periodEnd, Integer capacity) {

        public int dayCount() {
            return days.size();
        }

        public LocalDate firstDay() {
            return days.isEmpty() ? null : days.getFirst();
        }

        public LocalDate lastDay() {
            return days.isEmpty() ? null : days.getLast();
        }

        /** The last date the session runs: the end of an e-learning period, else its last day. */
        public LocalDate endsOn() {
            return periodEnd != null ? periodEnd : lastDay();
        }
    }

    /** A session day: which session, which date. */
    public record DayRef(long sessionId, LocalDate heldOn) {
    }

    /** The sessions of a course set in a range of fiscal years, and their days by id. */
    public record SessionSet(List<SessionFact> sessions, Map<Long, DayRef> days) {
    }

    /** One attendance mark: a staff member on a session day. */
    public record MarkFact(long staffId, long sessionDayId, String mark) {
    }

    /** The ids of the courses in the set (a course type resolved to its courses). */
    public Set<Long> courseIds(Courses courses) {
        if (courses.courseTypeId() == null) {
            return courses.courseIds();
        }
        return Set.copyOf(dsl.select(COURSE.ID).from(COURSE).where(COURSE.COURSE_TYPE_ID.eq(courses.courseTypeId()))
                .fetch(COURSE.ID));
    }

    /**
     * "Course in the set" as an IN list of ids: H2 seeks an index with an IN list but scans the
     * whole index for IN (subquery).
     */
    Condition inSet(Field<Long> courseId, Courses courses) {
        Set<Long> ids = courseIds(courses);
        return ids.isEmpty() ? DSL.falseCondition() : courseId.in(literals(ids));
    }

    /**
     * Ids written into the SQL as numbers, not bind values: H2 then checks IN with a hash set
     * instead of comparing every row with every bind value (the hot spot of an earlier version),
     * and PostgreSQL's limit on bind values does not apply. Ids are numbers we read, never typed.
     */
    static List<Field<Long>> literals(Collection<Long> ids) {
        return ids.stream().<Field<Long>>map(DSL::inline).toList();
    }

    /** Sessions of {@code courses} in the plans of fiscal years {@code fromYear}..{@code toYear}, with their days. */
    public SessionSet sessions(Courses courses, int fromYear, int toYear) {
        var cs = COURSE_SESSION;
        Map<Long, SessionFact> sessions = new LinkedHashMap<>();
        Map<Long, List<LocalDate>> dates = new HashMap<>();
        Map<Long, DayRef> days = new HashMap<>();
        dsl.select(cs.ID, cs.COURSE_ID, ANNUAL_PLAN.FISCAL_YEAR, cs.SESSION_NO, cs.STATUS, cs.PERIOD_END, cs.CAPACITY,
                        SESSION_DAY.ID, SESSION_DAY.HELD_ON)
                .from(cs).join(ANNUAL_PLAN).on(ANNUAL_PLAN.ID.eq(cs.PLAN_ID))
                .leftJoin(SESSION_DAY).on(SESSION_DAY.SESSION_ID.eq(cs.ID))
                .where(ANNUAL_PLAN.FISCAL_YEAR.between(fromYear, toYear).and(inSet(cs.COURSE_ID, courses)))
                .orderBy(cs.ID, SESSION_DAY.HELD_ON)
                .forEach(r -> {
                    List<LocalDate> list = dates.computeIfAbsent(r.value1(), k -> new ArrayList<>());
                    sessions.computeIfAbsent(r.value1(), k -> new SessionFact(k, r.value2(), r.value3(), r.value4(),
                            Enums.parse(SessionStatus.class, r.value5()), list, r.value6(), r.value7()));
                    if (r.value8() != null) {
                        list.add(r.value9());
                        days.put(r.value8(), new DayRef(r.value1(), r.value9()));
                    }
                });
        return new SessionSet(List.copyOf(sessions.values()), days);
    }

    /** Every mark on the given session days (the covering index answers without reading rows). */
    public List<MarkFact> marks(Collection<Long> sessionDayIds) {
        List<MarkFact> marks = new ArrayList<>();
        List<Long> ids = List.copyOf(sessionDayIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            RawRows.each(dsl, dsl.select(ATTENDANCE.STAFF_ID, ATTENDANCE.SESSION_DAY_ID, ATTENDANCE.MARK).from(ATTENDANCE)
                    .where(ATTENDANCE.SESSION_DAY_ID.in(literals(ids.subList(from, Math.min(ids.size(), from + CHUNK))))),
                    rs -> marks.add(new MarkFact(rs.getLong(1), rs.getLong(2), rs.getString(3))));
        }
        return marks;
    }

    /** Course names by id (one query, unlike loading whole courses). */
    public Map<Long, String> courseNames() {
        Map<Long, String> names = new HashMap<>();
        dsl.select(COURSE.ID, COURSE.NAME).from(COURSE).forEach(r -> names.put(r.value1(), r.value2()));
        return names;
    }

    /** Fiscal years that have a plan, oldest first (the years a trend can be drawn for). */
    public List<Integer> plannedYears() {
        return dsl.select(ANNUAL_PLAN.FISCAL_YEAR).from(ANNUAL_PLAN).orderBy(ANNUAL_PLAN.FISCAL_YEAR)
                .fetch(ANNUAL_PLAN.FISCAL_YEAR);
    }
}
