package org.kenshu.io.holiday;

import org.kenshu.model.I18n;

/**
 * A holiday file that is not 内閣府's syukujitsu.csv format: {@link #getMessage()} is the Japanese
 * message naming the line and what is wrong; {@code reasonKey} is its message key, for tests.
 */
public final class HolidayFileException extends Exception {
    private final String reasonKey;

    public HolidayFileException(String reasonKey, Object... args) {
        super(I18n.t(reasonKey, args));
        this.reasonKey = reasonKey;
    }

    public String reasonKey() {
        return reasonKey;
    }
}
