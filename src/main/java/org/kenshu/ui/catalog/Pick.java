package org.kenshu.ui.catalog;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One choice of a multi-pick list (a tier, a job category, a competency) with its label and a tick. */
public final class Pick<T> {
    private final T item;
    private final String label;
    private final BooleanProperty selected = new SimpleBooleanProperty();

    public Pick(T item, String label) {
        this.item = item;
        this.label = label;
    }

    public T item() {
        return item;
    }

    public String label() {
        return label;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    @Override
    public String toString() {
        return label;
    }
}
