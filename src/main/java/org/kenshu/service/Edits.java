package org.kenshu.service;

import java.util.function.BiFunction;
import java.util.function.Function;
import org.kenshu.model.StaleEditException;
import org.kenshu.model.Versioned;
import org.kenshu.store.AuditLog;
import org.kenshu.store.EditableRepository;

/**
 * One table as the edit services write it: every write goes to the audit log; updates and deletes
 * are checked against the version the edit started from. Undo is checked against content rather
 * than version: a row still holding exactly what an edit saved may be put back, even if an undo of
 * a later edit has raised its version since (so two edits of the same row can be undone in turn).
 * Callers run these inside their own transaction.
 */
final class Edits<T extends Versioned> {
    private final EditableRepository<?, T> repo;
    private final AuditLog audit;
    private final String entity;
    private final BiFunction<T, Integer, T> withVersion;
    private final Function<T, String> describe;

    Edits(EditableRepository<?, T> repo, AuditLog audit, String entity, BiFunction<T, Integer, T> withVersion,
            Function<T, String> describe) {
        this.repo = repo;
        this.audit = audit;
        this.entity = entity;
        this.withVersion = withVersion;
        this.describe = describe;
    }

    T insert(T row) {
        T saved = repo.insert(row);
        audit.record("INSERT", entity, saved.id(), describe.apply(saved));
        return saved;
    }

    T update(T row) {
        T saved = repo.update(row);
        audit.record("UPDATE", entity, saved.id(), describe.apply(saved));
        return saved;
    }

    void delete(T row) {
        repo.delete(row);
        audit.record("DELETE", entity, row.id(), describe.apply(row));
    }

    /** Undo of an update: writes {@code before} back if the row still holds what the edit saved. */
    T revert(T saved, T before) {
        T stored = unchanged(saved);
        T restored = repo.update(withVersion.apply(before, stored.version()));
        audit.record("UNDO", entity, saved.id(), describe.apply(restored));
        return restored;
    }

    /** Undo of an insert: deletes the row if it still holds what was inserted. */
    void remove(T saved) {
        T stored = unchanged(saved);
        repo.delete(stored);
        audit.record("UNDO", entity, saved.id(), "removed " + describe.apply(stored));
    }

    /** The stored row, if it equals {@code saved} apart from its version; otherwise the edit is stale. */
    T unchanged(T saved) {
        T stored = repo.find(saved.id()).orElse(null);
        if (stored == null || !withVersion.apply(stored, 0).equals(withVersion.apply(saved, 0))) {
            throw new StaleEditException(entity, saved.id(), stored);
        }
        return stored;
    }

    T get(long id) {
        return repo.get(id);
    }
}
