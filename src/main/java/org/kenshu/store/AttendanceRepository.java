package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.ATTENDANCE;
import static org.kenshu.store.jooq.Tables.SESSION_DAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
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

    /** Inserts many rows in one statement each thousand (imports of 100,000 rows). */
    public void insertAll(List<Attendance> rows) {
        for (int from = 0; from < rows.size(); from += 1000) {
            var insert = dsl.insertInto(ATTENDANCE, ATTENDANCE.SESSION_DAY_ID, ATTENDANCE.STAFF_ID, ATTENDANCE.MARK,
                    ATTENDANCE.NOTE, ATTENDANCE.IMPORT_BATCH_ID, ATTENDANCE.VERSION);
            for (Attendance a : rows.subList(from, Math.min(rows.size(), from + 1000))) {
                insert = insert.values(a.sessionDayId(), a.staffId(), a.mark().name(), a.note(), a.importBatchId(), 0);
            }
            insert.execute();
        }
    }

    public List<Attendance> findByStaff(long staffId) {
        return findWhere(ATTENDANCE.STAFF_ID.eq(staffId));
    }
}
