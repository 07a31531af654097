package org.kenshu.service.imports;

/** An undo that cannot be done; the message says why in the officer's language. */
public final class ImportUndoException extends RuntimeException {
    public ImportUndoException(String message) {
        super(message);
    }
}
