package org.kenshu.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Enter saves a form and Esc cancels it, wherever the cursor is inside it. A date typed into a
 * date field is committed first (the picker would otherwise take it only when it loses focus). In
 * a multi-line text area Enter stays a line break; Ctrl+Enter saves there. On a button Enter presses
 * that button, and in an open drop-down it picks the item.
 */
public final class FormKeys {
    private FormKeys() {
    }

    public static void install(Node form, Runnable save, Runnable cancel) {
        form.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && popupShowing(e.getTarget())) {
                return; // Enter picks the item of an open drop-down or calendar
            }
            if (e.getCode() == KeyCode.ENTER && e.getTarget() instanceof ButtonBase button) {
                e.consume();
                button.fire(); // Enter on 取消 cancels, on 削除 deletes: the button the cursor is on
            } else if (e.getCode() == KeyCode.ENTER && (!(e.getTarget() instanceof TextArea) || e.isShortcutDown())) {
                commitPicker(e.getTarget());
                e.consume();
                save.run();
            } else if (e.getCode() == KeyCode.ESCAPE && !popupShowing(e.getTarget())) {
                e.consume();
                cancel.run();
            }
        });
    }

    private static void commitPicker(Object target) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n instanceof DatePicker picker) {
                picker.commitValue();
                return;
            }
            if (n instanceof ComboBox<?> box && box.isEditable()) {
                box.commitValue();
                return;
            }
        }
    }

    /** Esc first closes an open drop-down or calendar; only the next Esc cancels the form. */
    private static boolean popupShowing(Object target) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n instanceof ComboBoxBase<?> box) {
                return box.isShowing();
            }
        }
        return false;
    }
}
