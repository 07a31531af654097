package org.kenshu.store;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Record;
import org.jooq.Table;
import org.kenshu.store.jooq.DefaultSchema;

/** Every row of every table (import bookkeeping and audit log included), for "exactly as before" checks. */
public final class DatabaseSnapshot {
    private DatabaseSnapshot() {
    }

    public static Map<String, List<String>> of(Database db) {
        Map<String, List<String>> all = new TreeMap<>();
        for (Table<?> t : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            all.put(t.getName().toLowerCase(Locale.ROOT),
                    db.dsl().selectFrom(t).orderBy(t.fields()[0]).fetch().map(Record::toString));
        }
        return all;
    }
}
