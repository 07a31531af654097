package org.kenshu.ui.common;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import org.kenshu.model.Progress;

/** The {@link Progress} a task's work sees: a cancel flag and a sink for progress updates. */
final class CancelFlag implements Progress, TaskHandle {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final BiConsumer<Double, String> updates;

    CancelFlag(BiConsumer<Double, String> updates) {
        this.updates = updates;
    }

    @Override
    public void update(long done, long total, String message) {
        updates.accept(total > 0 ? (double) done / total : -1.0, message);
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public void cancel() {
        cancelled.set(true);
    }
}
