package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.ATTENDANCE;

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

    public List<Attendance> findByStaff(long staffId) {
        return findWhere(ATTENDANCE.STAFF_ID.eq(staffId));
    }
}
