package org.kenshu.io.sheet;

import java.util.List;

/**
 * One row with its position as the officer sees it: {@code rowNumber} is 1-based as Excel shows
 * it (for CSV: the line number where the record starts). {@code cells.get(0)} is column A;
 * trailing blank cells may be absent.
 */
public record SheetRow(int rowNumber, List<Cell> cells) {
    public SheetRow {
        cells = List.copyOf(cells);
    }

    public Cell cell(int column) {
        return column < cells.size() ? cells.get(column) : Cell.BLANK;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(Cell::isBlank);
    }
}
