package org.kenshu.io.sheet;

/**
 * Wraps the caller's {@link RowHandler} so that whatever it throws can be told apart from a parser
 * failure: its exceptions travel through the parser inside a {@link HandlerFailure} and
 * {@link ReadFailures} rethrows the original unchanged.
 */
final class GuardedHandler implements RowHandler {
    private final RowHandler delegate;

    GuardedHandler(RowHandler delegate) {
        this.delegate = delegate;
    }

    @Override
    public void startSheet(SheetInfo sheet) {
        try {
            delegate.startSheet(sheet);
        } catch (Throwable t) {
            throw new HandlerFailure(t);
        }
    }

    @Override
    public void row(SheetRow row) {
        try {
            delegate.row(row);
        } catch (Throwable t) {
            throw new HandlerFailure(t);
        }
    }

    @Override
    public void endSheet() {
        try {
            delegate.endSheet();
        } catch (Throwable t) {
            throw new HandlerFailure(t);
        }
    }

    /** Carries a handler's own exception through the parser; never escapes a reader. */
    static final class HandlerFailure extends RuntimeException {
        HandlerFailure(Throwable original) {
            super(null, original, false, false);
        }
    }
}
