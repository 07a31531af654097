package org.kenshu.model;

/**
 * Progress and cooperative cancellation for long work (imports, exports, target generation).
 * Work polls {@link #isCancelled()} and stops by itself: threads that use the embedded
 * database are never interrupted (an interrupt closes H2's file channel).
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Reports {@code done} of {@code total} units ({@code total} ≤ 0 when unknown). */
    void update(long done, long total, String message);

    boolean isCancelled();

    /** Throws {@link CancelledException} when cancellation was requested. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    final class CancelledException extends RuntimeException {
        public CancelledException() {
            super("cancelled", null, false, false);
        }
    }
}
