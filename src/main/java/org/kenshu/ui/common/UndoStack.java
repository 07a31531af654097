package org.kenshu.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.kenshu.model.I18n;
import org.kenshu.model.Progress;

/**
 * Undo of the officer's edits within the session (Ctrl+Z). A page that saved an edit pushes how to
 * reverse it (a service call with the saved row's version, so it too is checked against later
 * changes); undo runs it as background work and then refreshes what is shown.
 */
public final class UndoStack {
    /** Reverses one saved edit; runs off the UI thread. */
    @FunctionalInterface
    public interface Reversal {
        void run(Progress progress) throws Exception;
    }

    private record Entry(String label, Reversal reversal, Runnable afterwards) {
    }

    private final Deque<Entry> entries = new ArrayDeque<>();
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ReadOnlyStringWrapper nextLabel = new ReadOnlyStringWrapper("");

    public UndoStack(TaskRunner tasks, DialogService dialogs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** Records an edit that was saved: {@code label} names it (「山田 太郎の昇任」), {@code afterwards} refreshes the page. */
    public void push(String label, Reversal reversal, Runnable afterwards) {
        entries.push(new Entry(label, reversal, afterwards));
        nextLabel.set(label);
    }

    /** Undoes the latest edit, if any. */
    public void undo() {
        Entry e = entries.poll();
        nextLabel.set(entries.isEmpty() ? "" : entries.peek().label());
        if (e == null) {
            dialogs.notify(I18n.t("undo.nothing"));
            return;
        }
        tasks.run(I18n.t("undo.running", e.label()), p -> {
            e.reversal().run(p);
            return e;
        }, done -> {
            dialogs.notify(I18n.t("undo.done", done.label()));
            done.afterwards().run();
        }, failure -> dialogs.showError(I18n.t("undo.failedTitle"), I18n.t("undo.failed", e.label()), failure));
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The label of the edit Ctrl+Z would undo ("" when none), for a menu or tooltip. */
    public ReadOnlyStringProperty nextLabelProperty() {
        return nextLabel.getReadOnlyProperty();
    }
}
