package org.kenshu.ui.common;

import org.kenshu.model.Progress;

/** Work to run off the UI thread; reports progress and checks for cancellation through {@link Progress}. */
@FunctionalInterface
public interface BackgroundWork<T> {
    T run(Progress progress) throws Exception;
}
