package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.ENROLLMENT;

import java.util.ArrayList;
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

    /** Inserts many rows (a thousand per statement) and returns their ids in the same order. */
    public List<Long> insertAll(List<Enrollment> rows) {
        List<Long> ids = new ArrayList<>(rows.size());
        for (int from = 0; from < rows.size(); from += 1000) {
            var insert = dsl.insertInto(ENROLLMENT, ENROLLMENT.COURSE_ID, ENROLLMENT.FISCAL_YEAR, ENROLLMENT.STAFF_ID,
                    ENROLLMENT.SESSION_ID, ENROLLMENT.KIND, ENROLLMENT.STATUS, ENROLLMENT.STATUS_REASON,
                    ENROLLMENT.APPLIED_ON, ENROLLMENT.IMPORT_BATCH_ID, ENROLLMENT.VERSION);
            for (Enrollment e : rows.subList(from, Math.min(rows.size(), from + 1000))) {
                insert = insert.values(e.courseId(), e.fiscalYear(), e.staffId(), e.sessionId(), Enums.name(e.kind()),
                        Enums.name(e.status()), e.statusReason(), e.appliedOn(), e.importBatchId(), 0);
            }
            ids.addAll(insert.returningResult(ENROLLMENT.ID).fetch(ENROLLMENT.ID));
        }
        return ids;
    }

    /**
     * Deletes the rows with {@code ids} that were never changed after they were inserted (version 0);
     * returns how many went. The caller compares with {@code ids.size()} and rolls back when some had changed.
     */
    public int deleteUnchanged(List<Long> ids) {
        int deleted = 0;
        for (int from = 0; from < ids.size(); from += 1000) {
            deleted += dsl.deleteFrom(ENROLLMENT)
                    .where(ENROLLMENT.ID.in(ids.subList(from, Math.min(ids.size(), from + 1000)))
                            .and(ENROLLMENT.VERSION.eq(0)))
                    .execute();
        }
        return deleted;
    }

    public List<Enrollment> findByCourse(long courseId, int fiscalYear) {
        return findWhere(ENROLLMENT.COURSE_ID.eq(courseId).and(ENROLLMENT.FISCAL_YEAR.eq(fiscalYear)));

    }

    /**
     * Sets status and reason of many rows in one batch, each only if it still has the version given
     * (else {@link org.kenshu.model.StaleEditException}); each row's version goes up by one.
     */
    public void updateStatuses(List<Enrollment> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var batch = dsl.batch(dsl.update(ENROLLMENT).set(ENROLLMENT.STATUS, (String) null)
                .set(ENROLLMENT.STATUS_REASON, (String) null).set(ENROLLMENT.VERSION, ENROLLMENT.VERSION.plus(org.jooq.impl.DSL.inline(1)))
                .where(ENROLLMENT.ID.eq((Long) null).and(ENROLLMENT.VERSION.eq((Integer) null))));
        for (Enrollment e : rows) {
            batch = batch.bind(Enums.name(e.status()), e.statusReason(), e.id(), e.version());
        }
        int[] counts = batch.execute();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                throw new org.kenshu.model.StaleEditException("ENROLLMENT", rows.get(i).id(),
                        find(rows.get(i).id()).orElse(null));
            }
        }
    }
}
