package org.kenshu.io.sheet;

/**
 * The shared strings as ready-made {@link Cell}s: a sheet refers to the same few hundred strings
 * (出席, department names, course names) hundreds of thousands of times, and a Cell is immutable,
 * so each is built once, on first use.
 */
final class SharedCells {
    private final String[] strings;
    private final Cell[] cells;

    SharedCells(String[] strings) {
        this.strings = strings;
        this.cells = new Cell[strings.length];
    }

    /** The cell for string {@code index}; an index outside the table means a corrupt file. */
    Cell cell(int index) {
        if (index < 0 || index >= strings.length) {
            throw new IllegalStateException("shared string " + index + " of " + strings.length);
        }
        Cell cell = cells[index];
        if (cell == null) {
            cell = Cell.text(strings[index]);
            cells[index] = cell;
        }
        return cell;
    }
}
