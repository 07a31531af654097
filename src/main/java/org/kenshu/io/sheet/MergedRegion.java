package org.kenshu.io.sheet;

/** A merged cell range, 1-based rows and 0-based columns, inclusive. Only its top-left cell holds the value. */
public record MergedRegion(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    public boolean contains(int row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }
}
