package org.kenshu.io.sheet;

import java.nio.file.Path;
import org.kenshu.model.Progress;

/** Reads one file (xlsx, xls, csv/tsv) and streams its rows to a {@link RowHandler}. */
public interface SpreadsheetReader {
    /**
     * Reads {@code file}. Any failure of the file itself — including any {@link Throwable} from a
     * parser — becomes an {@link UnreadableFileException}; exceptions thrown by {@code handler}
     * propagate unchanged. Checks {@code progress} for cancellation between rows.
     */
    void read(Path file, RowHandler handler, Progress progress) throws UnreadableFileException;
}
