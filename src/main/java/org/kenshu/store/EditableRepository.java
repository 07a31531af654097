package org.kenshu.store;

import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.UpdatableRecord;
import org.kenshu.model.StaleEditException;
import org.kenshu.model.Versioned;

/**
 * Insert, read, update and delete for one table whose rows the officer edits. Updates and
 * deletes name the version they started from; a row changed underneath raises
 * {@link StaleEditException} carrying the stored row, never a silent overwrite.
 *
 * @param <R> the jOOQ record of the table
 * @param <T> the model record
 */
public abstract class EditableRepository<R extends UpdatableRecord<R>, T extends Versioned> {
    protected final DSLContext dsl;
    private final Table<R> table;
    private final Field<Long> id;
    private final Field<Integer> version;

    protected EditableRepository(DSLContext dsl, Table<R> table, Field<Long> id, Field<Integer> version) {
        this.dsl = dsl;
        this.table = table;
        this.id = id;
        this.version = version;
    }

    /** The model record for a stored row. */
    protected abstract T toModel(R record);

    /** Copies the editable fields of {@code value} into {@code record} (not id, not version). */
    protected abstract void fill(R record, T value);

    /** Rows to write after the main row (child tables such as a course's target tiers). */
    protected void afterWrite(long rowId, T value) {
    }

    /** How {@link #findAll()} orders rows. */
    protected SortField<?>[] order() {
        return new SortField<?>[] {id.asc()};
    }

    public T insert(T value) {
        R record = dsl.newRecord(table);
        fill(record, value);
        record.set(version, 0);
        record.store();
        long newId = record.get(id);
        afterWrite(newId, value);
        return get(newId);
    }

    public Optional<T> find(long rowId) {
        return dsl.selectFrom(table).where(id.eq(rowId)).fetchOptional().map(this::toModel);
    }

    public T get(long rowId) {
        return find(rowId).orElseThrow(() -> new IllegalArgumentException(table.getName() + " #" + rowId));
    }

    public List<T> findAll() {
        return findWhere(org.jooq.impl.DSL.noCondition());
    }

    protected List<T> findWhere(Condition condition) {
        return dsl.selectFrom(table).where(condition).orderBy(order()).fetch(this::toModel);
    }

    /** Writes {@code value} if the stored row still has {@code value.version()}; returns the stored result. */
    public T update(T value) {
        R record = dsl.newRecord(table);
        fill(record, value);
        record.changed(id, false);
        record.changed(version, false);
        int rows = dsl.update(table)
                .set(record)
                .set(version, version.plus(1))
                .where(id.eq(value.id()).and(version.eq(value.version())))
                .execute();
        if (rows == 0) {
            throw stale(value.id());
        }
        afterWrite(value.id(), value);
        return get(value.id());
    }

    /** Deletes the row if it still has {@code value.version()}. */
    public void delete(T value) {
        // Check first: child rows go before the row itself and must not go when the row is stale.
        boolean current = dsl.fetchExists(table, id.eq(value.id()).and(version.eq(value.version())));
        if (!current) {
            throw stale(value.id());
        }
        beforeDelete(value.id());
        dsl.deleteFrom(table).where(id.eq(value.id()).and(version.eq(value.version()))).execute();
    }

    /** Child rows to remove before the main row is deleted. */
    protected void beforeDelete(long rowId) {
    }

    public int count() {
        return dsl.fetchCount(table);
    }

    private StaleEditException stale(long rowId) {
        return new StaleEditException(table.getName(), rowId, find(rowId).orElse(null));
    }

    protected Table<R> table() {
        return table;
    }
}
