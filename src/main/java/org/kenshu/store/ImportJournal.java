package org.kenshu.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.kenshu.model.ImportChange;
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

    /** Call after inserting row {@code id} of {@code table} (version 0). */
    public void inserted(String table, long id) {
        changes.add(new ImportChange(0, batchId, ++seq, table, id, ImportChange.Action.INSERT, null, 0));
    }

    /** Snapshots row {@code id}, runs {@code update}, and records the before-state and the new version. */
    public void updating(String table, long id, Runnable update) {
        Table<?> t = table(table);
        Record before = dsl.selectFrom(t).where(idField(t).eq(id)).fetchSingle();
        update.run();
        Integer after = dsl.select(versionField(t)).from(t).where(idField(t).eq(id)).fetchSingle().value1();
        changes.add(new ImportChange(0, batchId, ++seq, table, id, ImportChange.Action.UPDATE, json(before), after));
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
