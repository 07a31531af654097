package org.kenshu.ui.common;

import java.util.List;
import java.util.function.Consumer;
import org.kenshu.model.I18n;
import org.kenshu.model.StaleEditException;
import org.kenshu.service.EditRefusedException;

/**
 * How a page's view model saves an edit: in the background, with a refusal shown as its plain
 * message, a change made elsewhere handed back with the stored row (to show both values), and the
 * reversal pushed on the undo stack (Ctrl+Z).
 */
public final class Editor {
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final UndoStack undo;

    public Editor(TaskRunner tasks, DialogService dialogs, UndoStack undo) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.undo = undo;
    }

    /** Runs {@code work}; {@code onStale} gets the stored row (null when it was deleted meanwhile). */
    public <T> void save(String subject, BackgroundWork<T> work, Consumer<? super T> onSaved, Consumer<Object> onStale) {
        save(subject, work, onSaved, onStale, () -> { });
    }

    /** As above; {@code first} runs before any outcome is handled (to free what the edit held). */
    public <T> void save(String subject, BackgroundWork<T> work, Consumer<? super T> onSaved, Consumer<Object> onStale,
            Runnable first) {
        tasks.run(I18n.t("task.saving"), work, saved -> {
            first.run();
            onSaved.accept(saved);
        }, failure -> {
            first.run();
            if (failure instanceof StaleEditException stale && onStale != null) {
                onStale.accept(stale.stored());
            } else if (failure instanceof EditRefusedException) {
                dialogs.showError(subject, failure.getMessage(), null);
            } else {
                dialogs.showError(I18n.t("error.title"), I18n.t("edit.saveFailed", subject), failure);
            }
        });
    }

    /** Both values side by side; true when the officer keeps theirs. */
    public boolean keepMine(String subject, List<ConflictField> fields) {
        return dialogs.resolveConflict(subject, fields) == ConflictChoice.KEEP_MINE;
    }

    /** A row the officer was editing was deleted elsewhere: say so (the page then reloads). */
    public void deletedElsewhere(String subject) {
        dialogs.showInformation(subject, I18n.t("edit.deletedElsewhere", subject));
    }

    public void saved(String message, String undoLabel, UndoStack.Reversal reversal, Runnable afterUndo) {
        dialogs.notify(message);
        undo.push(undoLabel, reversal, afterUndo);
    }

    public boolean confirm(String title, String message) {
        return dialogs.confirm(title, message);
    }

    public void refuse(String title, String message) {
        dialogs.showError(title, message, null);
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public TaskRunner tasks() {
        return tasks;
    }
}
