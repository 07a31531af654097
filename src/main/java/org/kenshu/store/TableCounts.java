package org.kenshu.store;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.kenshu.store.jooq.DefaultSchema;

/** Row counts of every table, keyed by lower-case table name (for {@code kenshu info}). */
public final class TableCounts {
    private final DSLContext dsl;

    public TableCounts(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Map<String, Integer> all() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .sorted(java.util.Comparator.comparing(Table::getName))
                .forEach(t -> counts.put(t.getName().toLowerCase(Locale.ROOT), dsl.fetchCount(t)));
        return counts;
    }
}
