package org.kenshu.io.report;

/** Horizontal alignment of a column's cells. */
public enum Align {
    LEFT,
    CENTER,
    RIGHT
}
