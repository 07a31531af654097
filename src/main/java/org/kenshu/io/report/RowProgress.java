package org.kenshu.io.report;

import org.kenshu.model.Progress;

/** Counts written rows for progress and notices cancellation every few hundred rows. */
final class RowProgress {
    private static final int EVERY = 512;
    private final Progress progress;
    private final long total;
    private final String message;
    private long done;

    RowProgress(Progress progress, long total, String message) {
        this.progress = progress;
        this.total = total;
        this.message = message;
    }

    void row() {
        done++;
        if (done % EVERY == 0) {
            progress.checkCancelled();
            progress.update(done, total, message);
        }
    }

    long done() {
        return done;
    }
}
