package org.kenshu.service.reports;

/** A report cannot be made from what was asked (no such session, no such staff member): nothing was written. */
public final class ReportException extends RuntimeException {
    public ReportException(String message) {
        super(message);
    }
}
