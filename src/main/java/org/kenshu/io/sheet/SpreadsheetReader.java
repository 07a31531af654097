package org.kenshu.io.sheet;

import java.nio.file.Path;
import org.kenshu.model.Progress;

/**
 * Reads one file (xlsx, xls, csv/tsv) and streams its rows to a {@link RowHandler}.
 *
 * <p>What every implementation delivers (see {@link SpreadsheetReaders} to pick one by content):
 * <ul>
 * <li>Sheets in workbook order, hidden ones included ({@link SheetInfo#hidden()}); chart sheets
 * are skipped. A CSV is one sheet named after the file.
 * <li>{@link SheetInfo#mergedRegions()} complete in {@code startSheet}, before the sheet's rows.
 * <li>Only rows with at least one non-blank cell, in file order, numbered as Excel shows them
 * (CSV: the line the record starts on), so blank rows show as gaps in the numbering. Cells are
 * indexed by column (missing ones are {@link Cell#BLANK}); trailing empty cells are dropped.
 * <li>{@link Cell#text()}: strings as stored (furigana left out); numbers as Excel shows them
 * ({@code 123}, {@code 00123} for format 00000, {@code 1,234}); date-formatted cells as ISO-like
 * text ({@code 2026-05-12}, {@code 2026-05-12 09:30}, {@code 09:30} for a time alone) with
 * {@link Cell#dateTime()} set and {@link Cell#number()} keeping the serial; booleans
 * {@code TRUE}/{@code FALSE}; errors as {@code #N/A} etc.; formulas as their cached result.
 * CSV cells are always text only.
 * </ul>
 * Progress is only polled for cancellation; reporting progress is left to the handler, which
 * sees every row.
 */
public interface SpreadsheetReader {
    /**
     * Reads {@code file}. Any failure of the file itself — including any {@link Throwable} from a
     * parser — becomes an {@link UnreadableFileException}; exceptions thrown by {@code handler}
     * propagate unchanged. Checks {@code progress} for cancellation between rows.
     */
    void read(Path file, RowHandler handler, Progress progress) throws UnreadableFileException;
}
