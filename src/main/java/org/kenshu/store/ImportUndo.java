package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.ATTENDANCE;
import static org.kenshu.store.jooq.Tables.ENROLLMENT;
import static org.kenshu.store.jooq.Tables.IMPORT_BATCH;

import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.Table;
import org.kenshu.model.ImportChange;

/**
 * Undoes one import batch: deletes the attendance and enrollments it created, then replays its
 * journal newest first. Refuses (with {@link UndoRefusedException}) when a row was changed after
 * the import — undo never throws away a later edit. Call inside a transaction.
 */
public final class ImportUndo {
    private final DSLContext dsl;
    private final ImportChangeRepository changes;

    public ImportUndo(DSLContext dsl, ImportChangeRepository changes) {
        this.dsl = dsl;
        this.changes = changes;
    }

    public void undo(long batchId) {
        try {
            replay(batchId);
        } catch (org.jooq.exception.DataAccessException e) {
            // A foreign key: later data (a nomination to a session this batch created …) depends on a row.
            throw new UndoRefusedException(UndoRefusedException.Reason.DEPENDED_ON, e);
        }
    }

    private void replay(long batchId) {
        Condition attendance = insertedAttendance(batchId);
        if (dsl.fetchExists(ATTENDANCE, attendance.and(ATTENDANCE.VERSION.gt(0)))
                || dsl.fetchExists(ENROLLMENT, ENROLLMENT.IMPORT_BATCH_ID.eq(batchId).and(ENROLLMENT.VERSION.gt(0)))) {
            throw new UndoRefusedException(UndoRefusedException.Reason.CHANGED_AFTER, null);
        }
        dsl.deleteFrom(ATTENDANCE).where(attendance).execute();
        dsl.deleteFrom(ENROLLMENT).where(ENROLLMENT.IMPORT_BATCH_ID.eq(batchId)).execute();
        List<ImportChange> journal = changes.findByBatchNewestFirst(batchId);
        for (ImportChange c : journal) {
            Table<?> t = ImportJournal.table(c.tableName());
            var id = ImportJournal.idField(t);
            var version = ImportJournal.versionField(t);
            var current = dsl.select(version).from(t).where(id.eq(c.rowId())).fetchOptional();
            if (current.isEmpty() || !current.get().value1().equals(c.afterVersion())) {
                throw new UndoRefusedException(UndoRefusedException.Reason.CHANGED_AFTER, null);
            }
            switch (c.action()) {
                case INSERT -> dsl.deleteFrom(t).where(id.eq(c.rowId())).execute();
                case UPDATE -> dsl.update(t).set(ImportJournal.restore(t, c.beforeState())).where(id.eq(c.rowId()))
                        .execute();
                case DELETE -> throw new IllegalStateException("imports do not delete rows");
            }
        }
    }

    /**
     * The attendance rows the batch inserted: by primary key within the id range it recorded; only
     * attendance imports insert attendance; a batch committed before ranges were recorded has
     * none and is looked for row by row.
     */
    private Condition insertedAttendance(long batchId) {
        var batch = dsl.select(IMPORT_BATCH.KIND, IMPORT_BATCH.ATTENDANCE_IDS_AFTER, IMPORT_BATCH.ATTENDANCE_IDS_UPTO)
                .from(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(batchId)).fetchSingle();
        if (!"ATTENDANCE".equals(batch.value1())) {
            return DSL.falseCondition();
        }
        Condition ofBatch = ATTENDANCE.IMPORT_BATCH_ID.eq(batchId);
        return batch.value2() == null || batch.value3() == null ? ofBatch
                : ATTENDANCE.ID.gt(batch.value2()).and(ATTENDANCE.ID.le(batch.value3())).and(ofBatch);
    }

    /** The batch cannot be undone without losing or breaking later work. */
    public static final class UndoRefusedException extends RuntimeException {
        /** Why. */
        public enum Reason {
            /** A row the batch wrote was changed afterwards (by an edit or a later import). */
            CHANGED_AFTER,
            /** Later data refers to a row the batch created. */
            DEPENDED_ON
        }

        private final Reason reason;

        public UndoRefusedException(Reason reason, Throwable cause) {
            super(reason.name(), cause);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }
}
