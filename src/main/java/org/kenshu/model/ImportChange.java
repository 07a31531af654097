package org.kenshu.model;

/**
 * One row an import batch wrote: {@code beforeState} is the row as it was before (a JSON object of
 * column → value), null when the batch inserted the row; {@code afterVersion} the version the batch
 * left (null after a delete). Undo replays these newest first.
 */
public record ImportChange(long id, long batchId, int seq, String tableName, long rowId, Action action,
        String beforeState, Integer afterVersion) {

    public enum Action {
        INSERT,
        UPDATE,
        DELETE
    }
}
