package org.kenshu.service;

import org.kenshu.model.I18n;

/**
 * An edit the rules do not allow — a tier still used by staff, a transfer dated before hiring, a
 * code already taken. Nothing was written; the message says why in words the officer acts on.
 */
public final class EditRefusedException extends RuntimeException {
    public EditRefusedException(String key, Object... args) {
        super(I18n.t(key, args));
    }
}
