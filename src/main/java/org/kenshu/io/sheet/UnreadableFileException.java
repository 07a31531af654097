package org.kenshu.io.sheet;

import java.nio.file.Path;
import org.kenshu.model.I18n;

/**
 * A file that cannot be read (corrupt, encrypted, too large when unpacked, of another kind,
 * undecodable text). {@link #getMessage()} is the officer-facing Japanese message naming the file
 * and the reason; {@code reasonKey} is the message key, for tests.
 */
public final class UnreadableFileException extends Exception {
    private final transient Path file;
    private final String reasonKey;

    public UnreadableFileException(Path file, String reasonKey, Throwable cause, Object... args) {
        super(I18n.t("import.unreadable", file.getFileName(), I18n.t(reasonKey, args)), cause);
        this.file = file;
        this.reasonKey = reasonKey;
    }

    public Path file() {
        return file;
    }

    public String reasonKey() {
        return reasonKey;
    }
}
