package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.ASSIGNMENT;
import static org.kenshu.store.jooq.Tables.DESIGNATION;
import static org.kenshu.store.jooq.Tables.ENROLLMENT;
import static org.kenshu.store.jooq.Tables.STAFF;
import static org.kenshu.store.jooq.Tables.STAFF_ABSENCE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.kenshu.model.EnrollmentKind;
import org.kenshu.model.EnrollmentStatus;

/**
 * The people goals count, read flat: staff with their hire and leave dates, the whole assignment
 * history (one scan, resolved per date in the service — on H2 far cheaper than a correlated or
 * grouped lookup per person), a course set's enrollments and a role's holders.
 */
public final class GoalPeople {
    private final DSLContext dsl;
    private final GoalFacts facts;

    public GoalPeople(DSLContext dsl, GoalFacts facts) {
        this.dsl = dsl;
        this.facts = facts;
    }

    /** A staff member's employment dates ({@code leftOn} is the last day employed). */
    public record StaffFact(long staffId, LocalDate hiredOn, LocalDate leftOn) {
    }

    /** One row of the assignment history. */
    public record AssignmentFact(long staffId, LocalDate validFrom, Long departmentId, Long tierId,
            Long jobCategoryId) {
    }

    /** An enrollment of the course set. */
    public record EnrollmentFact(long enrollmentId, long staffId, long courseId, Long sessionId, EnrollmentKind kind,
            EnrollmentStatus status, int version) {
    }

    /** A staff member's number and name (for lists of people). */
    public record Name(String employeeNo, String name) {
    }

    public List<StaffFact> staff() {
        List<StaffFact> staff = new ArrayList<>();
        RawRows.each(dsl, dsl.select(STAFF.ID, STAFF.HIRED_ON, STAFF.LEFT_ON).from(STAFF),
                rs -> staff.add(new StaffFact(rs.getLong(1), RawRows.date(rs, 2), RawRows.date(rs, 3))));
        return staff;
    }

    /** Every assignment, in no particular order. */
    public List<AssignmentFact> assignments() {
        List<AssignmentFact> rows = new ArrayList<>();
        RawRows.each(dsl, dsl.select(ASSIGNMENT.STAFF_ID, ASSIGNMENT.VALID_FROM, ASSIGNMENT.DEPARTMENT_ID,
                        ASSIGNMENT.TIER_ID, ASSIGNMENT.JOB_CATEGORY_ID).from(ASSIGNMENT),
                rs -> rows.add(new AssignmentFact(rs.getLong(1), RawRows.date(rs, 2), RawRows.longOrNull(rs, 3),
                        RawRows.longOrNull(rs, 4), RawRows.longOrNull(rs, 5))));
        return rows;
    }

    /** Staff on leave (休職・育休・病休…) on {@code date}. */
    public Set<Long> onLeave(LocalDate date) {
        return new HashSet<>(dsl.select(STAFF_ABSENCE.STAFF_ID).from(STAFF_ABSENCE)
                .where(STAFF_ABSENCE.START_ON.le(date)
                        .and(STAFF_ABSENCE.END_ON.isNull().or(STAFF_ABSENCE.END_ON.ge(date))))
                .fetch(STAFF_ABSENCE.STAFF_ID));
    }

    /**
     * Enrollments of {@code kinds} for the course set in one fiscal year: one index seek on
     * (course, year) per course, joined with UNION ALL — H2 turns {@code course_id IN (…) AND
     * fiscal_year = …} into a scan of the whole index.
     */
    public List<EnrollmentFact> enrollments(GoalFacts.Courses courses, int fiscalYear,
            Collection<EnrollmentKind> kinds) {
        List<EnrollmentFact> rows = new ArrayList<>();
        Set<String> wanted = new HashSet<>(kinds.stream().map(Enum::name).toList());
        org.jooq.Select<org.jooq.Record7<Long, Long, Long, Long, String, String, Integer>> union = null;
        for (long course : facts.courseIds(courses)) {
            var one = dsl.select(ENROLLMENT.ID, ENROLLMENT.STAFF_ID, ENROLLMENT.COURSE_ID, ENROLLMENT.SESSION_ID,
                            ENROLLMENT.KIND, ENROLLMENT.STATUS, ENROLLMENT.VERSION)
                    .from(ENROLLMENT).where(ENROLLMENT.COURSE_ID.eq(course).and(ENROLLMENT.FISCAL_YEAR.eq(fiscalYear)));
            union = union == null ? one : union.unionAll(one);
        }
        if (union == null) {
            return rows;
        }
        RawRows.each(dsl, union, rs -> {
            if (wanted.contains(rs.getString(5))) {
                rows.add(new EnrollmentFact(rs.getLong(1), rs.getLong(2), rs.getLong(3), RawRows.longOrNull(rs, 4),
                        EnrollmentKind.valueOf(rs.getString(5)), EnrollmentStatus.valueOf(rs.getString(6)),
                        rs.getInt(7)));
            }
        });
        return rows;
    }

    /** Distinct holders of a role in a fiscal year. */
    public Set<Long> holders(long roleId, int fiscalYear) {
        return new HashSet<>(dsl.selectDistinct(DESIGNATION.STAFF_ID).from(DESIGNATION)
                .where(DESIGNATION.ROLE_ID.eq(roleId).and(DESIGNATION.FISCAL_YEAR.eq(fiscalYear)))
                .fetch(DESIGNATION.STAFF_ID));
    }

    /** Numbers and names of staff in {@code staffIds}. */
    public Map<Long, Name> names(Collection<Long> staffIds) {
        Map<Long, Name> names = new HashMap<>();
        List<Long> ids = new ArrayList<>(staffIds);
        for (int from = 0; from < ids.size(); from += GoalFacts.CHUNK) {
            dsl.select(STAFF.ID, STAFF.EMPLOYEE_NO, STAFF.NAME).from(STAFF)
                    .where(STAFF.ID.in(GoalFacts.literals(ids.subList(from, Math.min(ids.size(), from + GoalFacts.CHUNK)))))
                    .forEach(r -> names.put(r.value1(), new Name(r.value2(), r.value3())));
        }
        return names;
    }
}
