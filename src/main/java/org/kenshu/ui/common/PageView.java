package org.kenshu.ui.common;

import javafx.scene.Node;

/** A page of the main window: its root node, and a refresh when it is shown or the fiscal year changes. */
public interface PageView {
    Node root();

    void refresh();

    /** Ctrl+F: puts the cursor in the page's filter, if it has one. */
    default void focusFilter() {
    }

    /** Ctrl+S: saves the page's edits, if it has any. */
    default void save() {
    }
}
