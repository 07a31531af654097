package org.kenshu.io.sheet;

/** Thrown inside a reader when a file exceeds one of its own size guards; becomes "too large". */
final class FileTooLargeException extends RuntimeException {
    FileTooLargeException(String what) {
        super(what, null, false, false);
    }
}
