package org.kenshu.ui.common;

import java.util.function.Consumer;

/**
 * Runs work off the UI thread and hands the result back on it. Work that uses the database is never
 * interrupted (an interrupt closes H2's file channel): cancel only sets a flag the work polls.
 * Failures go to {@code onFailure}, or to the one error dialog when none is given — never lost.
 */
public interface TaskRunner {
    /** Runs {@code work}; {@code title} names it in the status bar while it runs. */
    <T> TaskHandle run(String title, BackgroundWork<T> work, Consumer<? super T> onSuccess,
            Consumer<Throwable> onFailure);

    default <T> TaskHandle run(String title, BackgroundWork<T> work, Consumer<? super T> onSuccess) {
        return run(title, work, onSuccess, null);
    }
}
