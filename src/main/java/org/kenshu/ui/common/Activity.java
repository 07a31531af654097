package org.kenshu.ui.common;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** What the status bar shows about background work: whether something runs, its title, progress, and a cancel. */
public final class Activity {
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final StringProperty title = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private TaskHandle current;

    void started(String taskTitle, TaskHandle handle) {
        current = handle;
        title.set(taskTitle);
        progress.set(-1);
        running.set(true);
    }

    void progressed(double fraction, String message) {
        progress.set(fraction);
        if (message != null && !message.isBlank()) {
            title.set(message);
        }
    }

    void finished() {
        running.set(false);
        title.set("");
        current = null;
    }

    /** Asks the running task to stop at its next check. */
    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }
}
