package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.IMPORT_BATCH;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.kenshu.model.ImportChange;
import org.kenshu.model.Versioned;
import org.kenshu.store.jooq.DefaultSchema;

/**
 * Records what an import batch writes so it can be undone exactly: rows it inserted and, for rows
 * it updated, their state before. Attendance and enrollment rows carry the batch id themselves
 * (they are the bulk of large imports), so their inserts are not journalled row by row.
 */
public final class ImportJournal {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DSLContext dsl;
    private final ImportChangeRepository changes;
    private final long batchId;
    private int seq;

    public ImportJournal(DSLContext dsl, ImportChangeRepository changes, long batchId) {
        this.dsl = dsl;
        this.changes = changes;
        this.batchId = batchId;
    }

    public long batchId() {
        return batchId;
    }

    /**
     * Records that the attendance rows this batch inserted have ids in ({@code after}, {@code upto}]:
     * undo finds them by primary key instead of reading every attendance row for the batch id
     * (attendance has no index on it, decision 0021). Ids only grow, so a range taken before the
     * first and after the last insert holds them all; rows of other writers inside it carry
     * another batch id.
     */
    public void insertedAttendance(long after, long upto) {
        dsl.update(IMPORT_BATCH).set(IMPORT_BATCH.ATTENDANCE_IDS_AFTER, after)
                .set(IMPORT_BATCH.ATTENDANCE_IDS_UPTO, upto).where(IMPORT_BATCH.ID.eq(batchId)).execute();
    }

    /** Call after inserting row {@code id} of {@code table} (version 0). */
    public void inserted(String table, long id) {
        changes.add(new ImportChange(0, batchId, ++seq, table, id, ImportChange.Action.INSERT, null, 0));
    }

    /**
     * Snapshots row {@code id}, runs {@code update} (a repository update returning the stored row),
     * and records the before-state and the version the update left; returns the updated row.
     */
    public <T extends Versioned> T updating(String table, long id, Supplier<T> update) {
        Table<?> t = table(table);
        Record before = dsl.selectFrom(t).where(idField(t).eq(id)).fetchSingle();
        T after = update.get();
        changes.add(new ImportChange(0, batchId, ++seq, table, id, ImportChange.Action.UPDATE, json(before),
                after.version()));
        return after;
    }

    /**
     * The bulk form of {@link #updating}: snapshots {@code rows} (as they are now, with the versions
     * they carry), runs {@code update}, which must raise each row's version by one, and records them
     * all. Used where an import changes hundreds of rows of one kind (nominations made 免除).
     */
    public void updatingAll(String table, List<? extends Versioned> rows, Runnable update) {
        if (rows.isEmpty()) {
            return;
        }
        Table<?> t = table(table);
        Map<Long, Record> before = new HashMap<>();
        for (int from = 0; from < rows.size(); from += 500) {
            List<Long> ids = rows.subList(from, Math.min(rows.size(), from + 500)).stream().map(Versioned::id).toList();
            dsl.selectFrom(t).where(idField(t).in(ids)).fetch().forEach(r -> before.put(r.get(idField(t)), r));
        }
        update.run();
        List<ImportChange> recorded = new ArrayList<>(rows.size());
        for (Versioned row : rows) {
            recorded.add(new ImportChange(0, batchId, ++seq, table, row.id(), ImportChange.Action.UPDATE,
                    json(before.get(row.id())), row.version() + 1));
        }
        changes.addAll(recorded);
    }

    static Table<?> table(String name) {
        Table<?> t = DefaultSchema.DEFAULT_SCHEMA.getTable(name.toUpperCase(Locale.ROOT));
        if (t == null) {
            throw new IllegalArgumentException("no table " + name);
        }
        return t;
    }

    @SuppressWarnings("unchecked")
    static Field<Long> idField(Table<?> t) {
        return (Field<Long>) t.field("ID");
    }

    @SuppressWarnings("unchecked")
    static Field<Integer> versionField(Table<?> t) {
        return (Field<Integer>) t.field("VERSION");
    }

    private static String json(Record r) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field<?> f : r.fields()) {
            Object v = r.get(f);
            values.put(f.getName(), v == null ? null : v.toString());
        }
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The before-state as column → value converted to each column's type. */
    static Map<Field<?>, Object> restore(Table<?> t, String json) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> raw = JSON.readValue(json, Map.class);
            Map<Field<?>, Object> values = new HashMap<>();
            raw.forEach((name, value) -> {
                Field<?> f = t.field(name);
                if (f != null && !name.equals("ID")) {
                    values.put(f, value == null ? null : f.getDataType().convert(value));
                }
            });
            return values;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
