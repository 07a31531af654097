package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.IMPORT_CHANGE;

import java.util.List;
import org.jooq.DSLContext;
import org.kenshu.model.ImportChange;

/** The journal of rows an import batch wrote, for undo. */
public final class ImportChangeRepository {
    private final DSLContext dsl;

    public ImportChangeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void add(ImportChange c) {
        dsl.insertInto(IMPORT_CHANGE, IMPORT_CHANGE.BATCH_ID, IMPORT_CHANGE.SEQ, IMPORT_CHANGE.TABLE_NAME,
                IMPORT_CHANGE.ROW_ID, IMPORT_CHANGE.ACTION, IMPORT_CHANGE.BEFORE_STATE, IMPORT_CHANGE.AFTER_VERSION)
                .values(c.batchId(), c.seq(), c.tableName(), c.rowId(), c.action().name(), c.beforeState(),
                        c.afterVersion())
                .execute();
    }

    /** Many journal rows in one statement per thousand. */
    public void addAll(List<ImportChange> rows) {
        for (int from = 0; from < rows.size(); from += 1000) {
            var insert = dsl.insertInto(IMPORT_CHANGE, IMPORT_CHANGE.BATCH_ID, IMPORT_CHANGE.SEQ,
                    IMPORT_CHANGE.TABLE_NAME, IMPORT_CHANGE.ROW_ID, IMPORT_CHANGE.ACTION, IMPORT_CHANGE.BEFORE_STATE,
                    IMPORT_CHANGE.AFTER_VERSION);
            for (ImportChange c : rows.subList(from, Math.min(rows.size(), from + 1000))) {
                insert = insert.values(c.batchId(), c.seq(), c.tableName(), c.rowId(), c.action().name(),
                        c.beforeState(), c.afterVersion());
            }
            insert.execute();
        }
    }

    /** The batch's changes, newest first (the order undo replays them). */
    public List<ImportChange> findByBatchNewestFirst(long batchId) {
        return dsl.selectFrom(IMPORT_CHANGE).where(IMPORT_CHANGE.BATCH_ID.eq(batchId))
                .orderBy(IMPORT_CHANGE.SEQ.desc())
                .fetch(r -> new ImportChange(r.getId(), r.getBatchId(), r.getSeq(), r.getTableName(), r.getRowId(),
                        ImportChange.Action.valueOf(r.getAction()), r.getBeforeState(), r.getAfterVersion()));
    }
}
