package org.kenshu.ui.common;

import java.util.function.Consumer;

/** Runs work at once on the calling thread: for view-model tests. */
public final class SameThreadTaskRunner implements TaskRunner {
    private final Consumer<Throwable> unhandled;

    /** {@code unhandled} receives failures of tasks without their own handler. */
    public SameThreadTaskRunner(Consumer<Throwable> unhandled) {
        this.unhandled = unhandled;
    }

    @Override
    public <T> TaskHandle run(String title, BackgroundWork<T> work, Consumer<? super T> onSuccess,
            Consumer<Throwable> onFailure) {
        var flag = new CancelFlag((fraction, message) -> { });
        T result;
        try {
            result = work.run(flag);
        } catch (Exception e) {
            (onFailure != null ? onFailure : unhandled).accept(e);
            return flag;
        }
        onSuccess.accept(result);
        return flag;
    }
}
