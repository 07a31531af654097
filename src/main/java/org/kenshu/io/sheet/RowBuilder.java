package org.kenshu.io.sheet;

import java.util.Arrays;
import org.kenshu.model.Progress;

/**
 * Collects one row's cells by column and hands finished rows to the handler. The same rules hold
 * for every reader: missing cells are {@link Cell#BLANK}, trailing empty cells are dropped, and a
 * row without any non-blank cell is not delivered (its number simply does not appear). Checks for
 * cancellation every {@value #CANCEL_CHECK_EVERY} rows.
 */
final class RowBuilder {
    /** Excel's last column is XFD (16,384 columns); anything beyond is a corrupt reference. */
    static final int MAX_COLUMNS = 16_384;
    static final int CANCEL_CHECK_EVERY = 256;

    private final RowHandler handler;
    private final Progress progress;
    private Cell[] cells = new Cell[32];
    private int size;
    private int rowNumber;
    private long rowsSeen;

    RowBuilder(RowHandler handler, Progress progress) {
        this.handler = handler;
        this.progress = progress;
    }

    void start(int number) {
        if ((++rowsSeen % CANCEL_CHECK_EVERY) == 0) {
            progress.checkCancelled();
        }
        rowNumber = number;
        size = 0;
    }

    int rowNumber() {
        return rowNumber;
    }

    /** The column after the last one set, for cells without a reference. */
    int nextColumn() {
        return size;
    }

    void set(int column, Cell cell) {
        if (column < 0 || column >= MAX_COLUMNS) {
            throw new IllegalStateException("column out of range: " + column);
        }
        if (column >= cells.length) {
            cells = Arrays.copyOf(cells, Math.min(MAX_COLUMNS, Math.max(column + 1, cells.length * 2)));
        }
        for (int c = size; c < column; c++) {
            cells[c] = Cell.BLANK;
        }
        cells[column] = cell;
        size = Math.max(size, column + 1);
    }

    void finish() {
        int end = size;
        while (end > 0 && isEmpty(cells[end - 1])) {
            end--;
        }
        boolean anyValue = false;
        for (int c = 0; c < end && !anyValue; c++) {
            anyValue = !cells[c].isBlank();
        }
        if (anyValue) {
            // a copy, so the buffer can be reused (a subList view would be copied element by element)
            handler.row(new SheetRow(rowNumber, Arrays.asList(Arrays.copyOf(cells, end))));
        }
        size = 0;
    }

    private static boolean isEmpty(Cell cell) {
        return cell.number() == null && cell.dateTime() == null && cell.text().isEmpty();
    }
}
