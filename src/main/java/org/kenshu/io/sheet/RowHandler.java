package org.kenshu.io.sheet;

/** Receives a file's rows sheet by sheet, in order, without the whole file in memory. */
public interface RowHandler {
    void startSheet(SheetInfo sheet);

    void row(SheetRow row);

    void endSheet();
}
