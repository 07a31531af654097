package org.kenshu.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.kenshu.model.I18n;
import org.kenshu.model.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work on one background thread (work is queued, so two tasks never write the database at
 * once) and hands results back on the JavaFX thread. Never interrupts the worker: H2 must not be
 * interrupted. Failures without a handler reach the one error dialog and are logged once.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kenshu-worker");
        t.setDaemon(true);
        return t;
    });
    private final Activity activity;
    private final DialogService dialogs;

    public FxTaskRunner(Activity activity, DialogService dialogs) {
        this.activity = activity;
        this.dialogs = dialogs;
    }

    @Override
    public <T> TaskHandle run(String title, BackgroundWork<T> work, Consumer<? super T> onSuccess,
            Consumer<Throwable> onFailure) {
        var flag = new CancelFlag((fraction, message) -> Platform.runLater(() -> activity.progressed(fraction, message)));
        Platform.runLater(() -> activity.started(title, flag));
        worker.execute(() -> {
            try {
                T result = work.run(flag);
                Platform.runLater(() -> {
                    activity.finished();
                    onSuccess.accept(result);
                });
            } catch (Progress.CancelledException e) {
                Platform.runLater(() -> {
                    activity.finished();
                    dialogs.notify(I18n.t("task.cancelled", title));
                });
            } catch (Throwable e) {
                Platform.runLater(() -> {
                    activity.finished();
                    if (onFailure != null) {
                        onFailure.accept(e);
                    } else {
                        LOG.error("Background task failed: {}", title, e);
                        dialogs.showError(I18n.t("error.title"), I18n.t("error.task", title), e);
                    }
                });
            }
        });
        return flag;
    }

    /** Lets queued work finish (never interrupts: the database must close cleanly). */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)) {
                LOG.warn("Background work still running at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
