package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.ATTENDANCE;
import static org.kenshu.store.jooq.Tables.SESSION_DAY;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.kenshu.model.Attendance;
import org.kenshu.model.AttendanceMark;
import org.kenshu.store.jooq.tables.records.AttendanceRecord;

public final class AttendanceRepository extends EditableRepository<AttendanceRecord, Attendance> {
    public AttendanceRepository(DSLContext dsl) {
        super(dsl, ATTENDANCE, ATTENDANCE.ID, ATTENDANCE.VERSION);
    }

    @Override
    protected Attendance toModel(AttendanceRecord r) {
        return new Attendance(r.getId(), r.getSessionDayId(), r.getStaffId(),
                Enums.parse(AttendanceMark.class, r.getMark()), r.getNote(), r.getImportBatchId(), r.getVersion());
    }

    @Override
    protected void fill(AttendanceRecord r, Attendance a) {
        r.setSessionDayId(a.sessionDayId());
        r.setStaffId(a.staffId());
        r.setMark(Enums.name(a.mark()));
        r.setNote(a.note());
        r.setImportBatchId(a.importBatchId());
    }

    public Optional<Attendance> find(long sessionDayId, long staffId) {
        return dsl.selectFrom(ATTENDANCE)
                .where(ATTENDANCE.SESSION_DAY_ID.eq(sessionDayId).and(ATTENDANCE.STAFF_ID.eq(staffId)))
                .fetchOptional().map(this::toModel);
    }

    public List<Attendance> findBySessionDay(long sessionDayId) {
        return findWhere(ATTENDANCE.SESSION_DAY_ID.eq(sessionDayId));
    }

    /** Attendance on any of {@code dayIds} (one query per thousand days). */
    public List<Attendance> findBySessionDays(java.util.Collection<Long> dayIds) {
        List<Long> ids = List.copyOf(dayIds);
        List<Attendance> found = new java.util.ArrayList<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            found.addAll(findWhere(ATTENDANCE.SESSION_DAY_ID.in(ids.subList(from, Math.min(ids.size(), from + 1000)))));
        }
        return found;
    }

    /** Attendance on session days held between {@code from} and {@code to} (inclusive). */
    public List<Attendance> findHeldBetween(LocalDate from, LocalDate to) {
        return dsl.select(ATTENDANCE.fields()).from(ATTENDANCE).join(SESSION_DAY)
                .on(SESSION_DAY.ID.eq(ATTENDANCE.SESSION_DAY_ID))
                .where(SESSION_DAY.HELD_ON.between(from, to))
                .fetchInto(ATTENDANCE).map(this::toModel);
    }

    /**
     * Inserts many rows (imports of 100,000 and more) through one prepared statement of a thousand
     * rows, reused: jOOQ would render and bind every batch anew, which was a fifth of the insert time.
     */
    public void insertAll(List<Attendance> rows) {
        dsl.connection(c -> insertAll(c, rows));
    }

    /**
     * {@link #insertAll} bound to this thread's connection — inside a transaction, the transaction's
     * own — for another thread to write with while this one goes on: the rows go into this
     * transaction whichever thread sends them. The caller must wait for the last insert before the
     * transaction ends.
     */
    public BulkInsert bulkInsertInThisTransaction() {
        Connection raw = dsl.connectionResult(c -> c.unwrap(Connection.class));
        return rows -> {
            try {
                insertAll(raw, rows);
            } catch (SQLException e) {
                throw new DataAccessException("inserting attendance failed", e);
            }
        };
    }

    /** Inserts attendance rows on a connection fixed beforehand (see {@link #bulkInsertInThisTransaction()}). */
    @FunctionalInterface
    public interface BulkInsert {
        void insert(List<Attendance> rows);
    }

    private static void insertAll(Connection c, List<Attendance> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        int full = rows.size() / BATCH * BATCH;
        if (full > 0) {
            try (PreparedStatement ps = c.prepareStatement(insertSql(BATCH))) {
                for (int from = 0; from < full; from += BATCH) {
                    bind(ps, rows.subList(from, from + BATCH));
                    ps.executeUpdate();
                }
            }
        }
        if (full < rows.size()) {
            try (PreparedStatement ps = c.prepareStatement(insertSql(rows.size() - full))) {
                bind(ps, rows.subList(full, rows.size()));
                ps.executeUpdate();
            }
        }
    }

    private static final int BATCH = 1000;

    private static String insertSql(int rows) {
        StringBuilder sql = new StringBuilder("insert into ATTENDANCE (SESSION_DAY_ID, STAFF_ID, MARK, NOTE, "
                + "IMPORT_BATCH_ID, VERSION) values ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ",").append("(?, ?, ?, ?, ?, 0)");
        }
        return sql.toString();
    }

    private static void bind(PreparedStatement ps, List<Attendance> rows) throws SQLException {
        int p = 1;
        for (Attendance a : rows) {
            ps.setLong(p++, a.sessionDayId());
            ps.setLong(p++, a.staffId());
            ps.setString(p++, a.mark().name());
            ps.setString(p++, a.note());
            if (a.importBatchId() == null) {
                ps.setNull(p++, Types.BIGINT);
            } else {
                ps.setLong(p++, a.importBatchId());
            }
        }
    }

    /** The highest attendance id so far (0 when there is none): one step down the primary key. */
    public long maxId() {
        Long max = dsl.select(DSL.max(ATTENDANCE.ID)).from(ATTENDANCE).fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }

    public List<Attendance> findByStaff(long staffId) {
        return findWhere(ATTENDANCE.STAFF_ID.eq(staffId));
    }
}
