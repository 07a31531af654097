package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.IMPORT_BATCH;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.kenshu.model.ImportBatch;
import org.kenshu.model.ImportKind;
import org.kenshu.store.jooq.tables.records.ImportBatchRecord;

public final class ImportBatchRepository extends EditableRepository<ImportBatchRecord, ImportBatch> {
    public ImportBatchRepository(DSLContext dsl) {
        super(dsl, IMPORT_BATCH, IMPORT_BATCH.ID, IMPORT_BATCH.VERSION);
    }

    @Override
    protected ImportBatch toModel(ImportBatchRecord r) {
        return new ImportBatch(r.getId(), Enums.parse(ImportKind.class, r.getKind()), r.getFileName(),
                r.getSha256(), r.getImportedAt(), r.getOsUser(), r.getRowsRead(), r.getCreated(), r.getUpdated(),
                r.getUnchanged(), r.getSkipped(), r.getOptions(), "UNDONE".equals(r.getStatus()), r.getUndoneAt(),
                r.getVersion());
    }

    @Override
    protected void fill(ImportBatchRecord r, ImportBatch b) {
        r.setKind(Enums.name(b.kind()));
        r.setFileName(b.fileName());
        r.setSha256(b.sha256());
        r.setImportedAt(b.importedAt());
        r.setOsUser(b.osUser());
        r.setRowsRead(b.rowsRead());
        r.setCreated(b.created());
        r.setUpdated(b.updated());
        r.setUnchanged(b.unchanged());
        r.setSkipped(b.skipped());
        r.setOptions(b.options());
        r.setStatus(b.undone() ? "UNDONE" : "COMMITTED");
        r.setUndoneAt(b.undoneAt());
    }

    @Override
    protected SortField<?>[] order() {
        return new SortField<?>[] {IMPORT_BATCH.IMPORTED_AT.desc(), IMPORT_BATCH.ID.desc()};
    }

    /** Committed (not undone) batches, newest first. */
    public List<ImportBatch> findCommitted() {
        return findWhere(IMPORT_BATCH.STATUS.eq("COMMITTED"));
    }
}
