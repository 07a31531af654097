package org.kenshu.service;

/**
 * A request the service refuses before writing anything: a name already used, a course still in a plan,
 * a file in the wrong format. {@link #getMessage()} is the one Japanese sentence the officer reads.
 */
public final class RefusedException extends RuntimeException {
    public RefusedException(String message) {
        super(message);
    }

    public RefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
