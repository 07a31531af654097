package org.kenshu.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.kenshu.model.Attendance;
import org.kenshu.model.AttendanceMark;
import org.kenshu.model.Enrollment;
import org.kenshu.model.EnrollmentKind;
import org.kenshu.model.EnrollmentStatus;

/**
 * Whole-year reads of the two largest tables for reports, in plain JDBC: a 100,000-row attendance report
 * must come out in a few seconds, and building a jOOQ record per row before the model record took most of
 * a second. SQL that H2 and PostgreSQL both accept; read-only.
 */
public final class ReportQueries {
    private final DSLContext dsl;

    public ReportQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every enrollment of a fiscal year. */
    public List<Enrollment> enrollments(int fiscalYear) {
        return dsl.connectionResult(c -> query(c, "SELECT id, course_id, fiscal_year, staff_id, session_id, kind,"
                + " status, status_reason, applied_on, import_batch_id, version FROM enrollment WHERE fiscal_year = ?",
                ps -> ps.setInt(1, fiscalYear), r -> new Enrollment(r.getLong(1), r.getLong(2), r.getInt(3),
                        r.getLong(4), nullableLong(r, 5), Enums.parse(EnrollmentKind.class, r.getString(6)),
                        Enums.parse(EnrollmentStatus.class, r.getString(7)), r.getString(8), date(r, 9),
                        nullableLong(r, 10), r.getInt(11))));
    }

    /** Attendance on session days held between {@code from} and {@code to} (inclusive). */
    public List<Attendance> attendanceHeldBetween(LocalDate from, LocalDate to) {
        return dsl.connectionResult(c -> query(c, "SELECT a.id, a.session_day_id, a.staff_id, a.mark, a.note,"
                + " a.import_batch_id, a.version FROM attendance a JOIN session_day d ON d.id = a.session_day_id"
                + " WHERE d.held_on BETWEEN ? AND ?", ps -> {
                    ps.setDate(1, Date.valueOf(from));
                    ps.setDate(2, Date.valueOf(to));
                }, r -> new Attendance(r.getLong(1), r.getLong(2), r.getLong(3),
                        Enums.parse(AttendanceMark.class, r.getString(4)), r.getString(5), nullableLong(r, 6),
                        r.getInt(7))));
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private interface Mapper<T> {
        T map(ResultSet r) throws SQLException;
    }

    private static <T> List<T> query(Connection c, String sql, Binder binder, Mapper<T> mapper) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(1000);
            binder.bind(ps);
            List<T> rows = new ArrayList<>();
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    rows.add(mapper.map(r));
                }
            }
            return rows;
        }
    }

    private static Long nullableLong(ResultSet r, int column) throws SQLException {
        long v = r.getLong(column);
        return r.wasNull() ? null : v;
    }

    private static LocalDate date(ResultSet r, int column) throws SQLException {
        Date d = r.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
