package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.ENROLLMENT;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.kenshu.model.Enrollment;
import org.kenshu.model.EnrollmentKind;
import org.kenshu.model.EnrollmentStatus;
import org.kenshu.store.jooq.tables.records.EnrollmentRecord;

public final class EnrollmentRepository extends EditableRepository<EnrollmentRecord, Enrollment> {
    public EnrollmentRepository(DSLContext dsl) {
        super(dsl, ENROLLMENT, ENROLLMENT.ID, ENROLLMENT.VERSION);
    }

    @Override
    protected Enrollment toModel(EnrollmentRecord r) {
        return new Enrollment(r.getId(), r.getCourseId(), r.getFiscalYear(), r.getStaffId(), r.getSessionId(),
                Enums.parse(EnrollmentKind.class, r.getKind()), Enums.parse(EnrollmentStatus.class, r.getStatus()),
                r.getStatusReason(), r.getAppliedOn(), r.getImportBatchId(), r.getVersion());
    }

    @Override
    protected void fill(EnrollmentRecord r, Enrollment e) {
        r.setCourseId(e.courseId());
        r.setFiscalYear(e.fiscalYear());
        r.setStaffId(e.staffId());
        r.setSessionId(e.sessionId());
        r.setKind(Enums.name(e.kind()));
        r.setStatus(Enums.name(e.status()));
        r.setStatusReason(e.statusReason());
        r.setAppliedOn(e.appliedOn());
        r.setImportBatchId(e.importBatchId());
    }

    public Optional<Enrollment> find(long courseId, int fiscalYear, long staffId) {
        return dsl.selectFrom(ENROLLMENT)
                .where(ENROLLMENT.COURSE_ID.eq(courseId).and(ENROLLMENT.FISCAL_YEAR.eq(fiscalYear))
                        .and(ENROLLMENT.STAFF_ID.eq(staffId)))
                .fetchOptional().map(this::toModel);
    }

    public List<Enrollment> findBySession(long sessionId) {
        return findWhere(ENROLLMENT.SESSION_ID.eq(sessionId));
    }

    public List<Enrollment> findByStaff(long staffId) {
        return findWhere(ENROLLMENT.STAFF_ID.eq(staffId));
    }

    public List<Enrollment> findByFiscalYear(int fiscalYear) {
        return findWhere(ENROLLMENT.FISCAL_YEAR.eq(fiscalYear));
    }
}
