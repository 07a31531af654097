package org.kenshu.model;

import java.time.LocalDateTime;

/** 取込: one committed import of one file, undoable as a whole. */
public record ImportBatch(long id, ImportKind kind, String fileName, String sha256, LocalDateTime importedAt,
        String osUser, int rowsRead, int created, int updated, int unchanged, int skipped, String options,
        boolean undone, LocalDateTime undoneAt, int version) implements Versioned {
}
