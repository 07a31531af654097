package org.kenshu.store;

import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.kenshu.store.jooq.Tables.ASSIGNMENT;
import static org.kenshu.store.jooq.Tables.DESIGNATION;
import static org.kenshu.store.jooq.Tables.ENROLLMENT;
import static org.kenshu.store.jooq.Tables.STAFF;
import static org.kenshu.store.jooq.Tables.STAFF_ABSENCE;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.kenshu.model.EnrollmentKind;
import org.kenshu.model.EnrollmentStatus;

/**
 * The people a goal counts, each with the department, tier and job category in force on the date
 * the goal groups them by — read in one query per goal (the assignment is found by a correlated
 * lookup on the (staff, valid_from) index, not by loading every staff member's history).
 */
public final class GoalPeople {
    private final DSLContext dsl;

    public GoalPeople(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A staff member with the assignment that applies to the goal. */
    public record Person(long staffId, LocalDate hiredOn, LocalDate leftOn, Long tierId, Long departmentId,
            Long jobCategoryId) {
    }

    /** An enrollment of the course set with its staff member. */
    public record EnrollmentFact(long enrollmentId, long courseId, Long sessionId, EnrollmentKind kind,
            EnrollmentStatus status, int version, Person person) {
    }

    /** A staff member's number and name (for lists of people). */
    public record Name(String employeeNo, String name) {
    }

    /**
     * Enrollments of {@code kinds} for the course set in one fiscal year; each person with the
     * assignment on {@code fyStart}, or on the hire date when hired later (DESIGN.md §5).
     */
    public List<EnrollmentFact> enrollments(GoalFacts.Courses courses, int fiscalYear, Collection<EnrollmentKind> kinds,
            LocalDate fyStart) {
        var a = ASSIGNMENT.as("a");
        return dsl.select(ENROLLMENT.ID, ENROLLMENT.COURSE_ID, ENROLLMENT.SESSION_ID, ENROLLMENT.KIND,
                        ENROLLMENT.STATUS, ENROLLMENT.VERSION, STAFF.ID, STAFF.HIRED_ON, STAFF.LEFT_ON, a.TIER_ID,
                        a.DEPARTMENT_ID, a.JOB_CATEGORY_ID)
                .from(ENROLLMENT).join(STAFF).on(STAFF.ID.eq(ENROLLMENT.STAFF_ID))
                .leftJoin(a).on(assignmentOn(a, STAFF.ID, groupingDate(fyStart)))
                .where(ENROLLMENT.FISCAL_YEAR.eq(fiscalYear).and(courses.on(ENROLLMENT.COURSE_ID))
                        .and(ENROLLMENT.KIND.in(kinds.stream().map(Enum::name).toList())))
                .fetch(r -> new EnrollmentFact(r.value1(), r.value2(), r.value3(),
                        Enums.parse(EnrollmentKind.class, r.value4()), Enums.parse(EnrollmentStatus.class, r.value5()),
                        r.value6(), person(r, a)));
    }

    /**
     * Staff employed on {@code date} (and, with {@code activeOnly}, not on leave that day), each with
     * the assignment in force that day.
     */
    public List<Person> employedOn(LocalDate date, boolean activeOnly) {
        var a = ASSIGNMENT.as("a");
        Condition employed = STAFF.HIRED_ON.isNull().or(STAFF.HIRED_ON.le(date))
                .and(STAFF.LEFT_ON.isNull().or(STAFF.LEFT_ON.ge(date)));
        if (activeOnly) {
            employed = employed.andNotExists(selectOne().from(STAFF_ABSENCE).where(STAFF_ABSENCE.STAFF_ID.eq(STAFF.ID)
                    .and(STAFF_ABSENCE.START_ON.le(date))
                    .and(STAFF_ABSENCE.END_ON.isNull().or(STAFF_ABSENCE.END_ON.ge(date)))));
        }
        return dsl.select(STAFF.ID, STAFF.HIRED_ON, STAFF.LEFT_ON, a.TIER_ID, a.DEPARTMENT_ID, a.JOB_CATEGORY_ID)
                .from(STAFF).leftJoin(a).on(assignmentOn(a, STAFF.ID, DSL.val(date)))
                .where(employed)
                .fetch(r -> person(r, a));
    }

    /** Distinct holders of a role in a fiscal year, grouped like nominations (April 1 or the hire date). */
    public List<Person> holders(long roleId, int fiscalYear, LocalDate fyStart) {
        var a = ASSIGNMENT.as("a");
        return dsl.selectDistinct(STAFF.ID, STAFF.HIRED_ON, STAFF.LEFT_ON, a.TIER_ID, a.DEPARTMENT_ID,
                        a.JOB_CATEGORY_ID)
                .from(DESIGNATION).join(STAFF).on(STAFF.ID.eq(DESIGNATION.STAFF_ID))
                .leftJoin(a).on(assignmentOn(a, STAFF.ID, groupingDate(fyStart)))
                .where(DESIGNATION.ROLE_ID.eq(roleId).and(DESIGNATION.FISCAL_YEAR.eq(fiscalYear)))
                .fetch(r -> person(r, a));
    }

    /** Numbers and names of staff in {@code staffIds}. */
    public Map<Long, Name> names(Collection<Long> staffIds) {
        Map<Long, Name> names = new HashMap<>();
        if (staffIds.isEmpty()) {
            return names;
        }
        // In chunks: PostgreSQL allows at most 32,767 bind values in one statement.
        List<Long> ids = List.copyOf(staffIds);
        for (int from = 0; from < ids.size(); from += 10_000) {
            dsl.select(STAFF.ID, STAFF.EMPLOYEE_NO, STAFF.NAME).from(STAFF)
                    .where(STAFF.ID.in(ids.subList(from, Math.min(ids.size(), from + 10_000))))
                    .forEach(r -> names.put(r.value1(), new Name(r.value2(), r.value3())));
        }
        return names;
    }

    private static Person person(Record r, org.kenshu.store.jooq.tables.Assignment a) {
        return new Person(r.get(STAFF.ID), r.get(STAFF.HIRED_ON), r.get(STAFF.LEFT_ON), r.get(a.TIER_ID),
                r.get(a.DEPARTMENT_ID), r.get(a.JOB_CATEGORY_ID));
    }

    /** April 1 of the fiscal year, or the hire date when the staff member joined later. */
    private static Field<LocalDate> groupingDate(LocalDate fyStart) {
        return DSL.when(STAFF.HIRED_ON.gt(fyStart), STAFF.HIRED_ON).otherwise(DSL.val(fyStart));
    }

    /**
     * The assignment in force on {@code date}: the latest starting on or before it, else (a person
     * whose first assignment starts after the date) the first one.
     */
    private static Condition assignmentOn(org.kenshu.store.jooq.tables.Assignment a, Field<Long> staffId,
            Field<LocalDate> date) {
        var before = ASSIGNMENT.as("a_before");
        var first = ASSIGNMENT.as("a_first");
        Field<LocalDate> latest = select(max(before.VALID_FROM)).from(before)
                .where(before.STAFF_ID.eq(staffId).and(before.VALID_FROM.le(date))).asField();
        Field<LocalDate> earliest = select(min(first.VALID_FROM)).from(first).where(first.STAFF_ID.eq(staffId))
                .asField();
        return a.STAFF_ID.eq(staffId).and(a.VALID_FROM.eq(DSL.coalesce(latest, earliest)));
    }
}
