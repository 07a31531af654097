package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.ASSIGNMENT;
import static org.kenshu.store.jooq.Tables.ATTENDANCE;
import static org.kenshu.store.jooq.Tables.COURSE;
import static org.kenshu.store.jooq.Tables.COURSE_TARGET_JOB_CATEGORY;
import static org.kenshu.store.jooq.Tables.COURSE_TARGET_TIER;
import static org.kenshu.store.jooq.Tables.STAFF;
import static org.kenshu.store.jooq.Tables.SESSION_DAY;
import static org.kenshu.store.jooq.Tables.STAFF_ABSENCE;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;
import org.jooq.conf.ParamType;
import org.kenshu.model.AbsenceKind;
import org.kenshu.model.Assignment;
import org.kenshu.model.Attendance;
import org.kenshu.model.AttendanceMark;
import org.kenshu.model.Course;
import org.kenshu.model.DeliveryFormat;
import org.kenshu.model.EmploymentType;
import org.kenshu.model.EnrollmentMode;
import org.kenshu.model.Staff;
import org.kenshu.model.StaffAbsence;
import org.kenshu.model.TargetRule;

/**
 * Whole tables read for computations over every staff member (targets of a 30,000-staff city): the rows
 * are read from the JDBC result set straight into the model, because materialising jOOQ records costs
 * several times the query itself here. Same rows and order as the repositories' {@code findAll}.
 */
public final class BulkReads {
    private final DSLContext dsl;

    public BulkReads(Database db) {
        this.dsl = db.dsl();
    }

    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** jOOQ renders the SQL for the dialect; plain JDBC reads the rows (no bind values: none are needed). */
    private <T> List<T> read(ResultQuery<?> query, Row<T> row) {
        String sql = query.getSQL(ParamType.INLINED);
        return dsl.connectionResult(c -> {
            List<T> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                ps.setFetchSize(1000);
                while (rs.next()) {
                    out.add(row.read(rs));
                }
            }
            return out;
        });
    }

    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Integer intOrNull(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    public List<Staff> staff() {
        return read(dsl.select(STAFF.ID, STAFF.EMPLOYEE_NO, STAFF.NAME, STAFF.KANA, STAFF.EMPLOYMENT_TYPE,
                STAFF.HIRED_ON, STAFF.LEFT_ON, STAFF.LEFT_REASON, STAFF.NOTE, STAFF.VERSION).from(STAFF)
                .orderBy(STAFF.EMPLOYEE_NO), rs -> new Staff(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), Enums.parse(EmploymentType.class, rs.getString(5)),
                        rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getString(8),
                        rs.getString(9), rs.getInt(10)));
    }

    public List<Assignment> assignments() {
        return read(dsl.select(ASSIGNMENT.ID, ASSIGNMENT.STAFF_ID, ASSIGNMENT.VALID_FROM, ASSIGNMENT.DEPARTMENT_ID,
                ASSIGNMENT.TIER_ID, ASSIGNMENT.JOB_CATEGORY_ID, ASSIGNMENT.SALARY_GRADE, ASSIGNMENT.POSITION_TITLE,
                ASSIGNMENT.PROMOTED_ON, ASSIGNMENT.VERSION).from(ASSIGNMENT)
                .orderBy(ASSIGNMENT.STAFF_ID, ASSIGNMENT.VALID_FROM), rs -> new Assignment(rs.getLong(1),
                        rs.getLong(2), rs.getObject(3, LocalDate.class), longOrNull(rs, 4), longOrNull(rs, 5),
                        longOrNull(rs, 6), intOrNull(rs, 7), rs.getString(8), rs.getObject(9, LocalDate.class),
                        rs.getInt(10)));
    }

    public List<StaffAbsence> absences() {
        return read(dsl.select(STAFF_ABSENCE.ID, STAFF_ABSENCE.STAFF_ID, STAFF_ABSENCE.KIND, STAFF_ABSENCE.START_ON,
                STAFF_ABSENCE.END_ON, STAFF_ABSENCE.NOTE, STAFF_ABSENCE.VERSION).from(STAFF_ABSENCE)
                .orderBy(STAFF_ABSENCE.ID), rs -> new StaffAbsence(rs.getLong(1), rs.getLong(2),
                        Enums.parse(AbsenceKind.class, rs.getString(3)), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getInt(7)));
    }

    /** Attendance on any day of the given sessions (who completed a course in earlier years). */
    public List<Attendance> attendanceForSessions(Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        return read(dsl.select(ATTENDANCE.ID, ATTENDANCE.SESSION_DAY_ID, ATTENDANCE.STAFF_ID, ATTENDANCE.MARK,
                ATTENDANCE.NOTE, ATTENDANCE.IMPORT_BATCH_ID, ATTENDANCE.VERSION).from(ATTENDANCE).join(SESSION_DAY)
                .on(SESSION_DAY.ID.eq(ATTENDANCE.SESSION_DAY_ID)).where(SESSION_DAY.SESSION_ID.in(sessionIds)),
                rs -> new Attendance(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        Enums.parse(AttendanceMark.class, rs.getString(4)), rs.getString(5), longOrNull(rs, 6),
                        rs.getInt(7)));
    }

    /**
     * Every course with its target rule, in catalog order, in three queries (the repository reads each
     * course's child rows separately). Competencies are not read: targets do not need them.
     */
    public List<Course> coursesWithTargets() {
        Map<Long, Set<Long>> tiers = children(dsl.select(COURSE_TARGET_TIER.COURSE_ID, COURSE_TARGET_TIER.TIER_ID)
                .from(COURSE_TARGET_TIER));
        Map<Long, Set<Long>> jobs = children(dsl.select(COURSE_TARGET_JOB_CATEGORY.COURSE_ID,
                COURSE_TARGET_JOB_CATEGORY.JOB_CATEGORY_ID).from(COURSE_TARGET_JOB_CATEGORY));
        return dsl.selectFrom(COURSE).orderBy(COURSE.COURSE_TYPE_ID, COURSE.ID).fetch(r -> new Course(r.getId(),
                r.getCode(), r.getName(), r.getCourseTypeId(), r.getProviderId(),
                Enums.parse(DeliveryFormat.class, r.getDeliveryFormat()), r.getDays(), r.getHours(),
                r.getDefaultCapacity(), r.getCostPerHead(), Enums.parse(EnrollmentMode.class, r.getEnrollmentMode()),
                r.getDescription(), new TargetRule(tiers.get(r.getId()), jobs.get(r.getId()), r.getTargetYearsFrom(),
                        r.getTargetYearsTo(), r.getTargetPromotedWithinMonths(), r.getTargetNotCompletedCourseId(),
                        r.getTargetActiveOnly()), Set.of(), r.getRetired(), r.getVersion()));
    }

    private Map<Long, Set<Long>> children(ResultQuery<?> query) {
        Map<Long, Set<Long>> map = new HashMap<>();
        read(query, rs -> map.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2)));
        return map;
    }
}
