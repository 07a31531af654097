package org.kenshu.ui.imports;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One header of a sheet and what it is read as. {@code detected} is what the import found (after
 * earlier choices); the officer changes {@code choice}. Day columns of a matrix and values taken from
 * title rows are shown but fixed.
 */
public final class MappingRow {
    private final String place;
    private final String header;
    private final ColumnChoice detected;
    private final boolean fixed;
    private final ObjectProperty<ColumnChoice> choice;

    MappingRow(String place, String header, ColumnChoice detected, boolean fixed) {
        this.place = place;
        this.header = header;
        this.detected = detected;
        this.fixed = fixed;
        this.choice = new SimpleObjectProperty<>(detected);
    }

    /** 「出欠.xlsx［Sheet1］」. */
    public String place() {
        return place;
    }

    public String header() {
        return header;
    }

    /** Shown for understanding, not editable: a day column (choice null) or a value from a title row. */
    public boolean fixed() {
        return fixed;
    }

    public boolean changed() {
        return !fixed && !choice.get().equals(detected);
    }

    public ObjectProperty<ColumnChoice> choiceProperty() {
        return choice;
    }
}
