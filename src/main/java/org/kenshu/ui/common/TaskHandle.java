package org.kenshu.ui.common;

/** A running background task: cancellation is a request the work notices, never an interrupt. */
public interface TaskHandle {
    void cancel();

    boolean isCancelled();
}
