package org.kenshu.service;

import org.kenshu.model.I18n;

/** A setup document (preset, sample city) refers to something it does not define. */
public final class SetupException extends RuntimeException {
    public SetupException(String key, Object... args) {
        super(I18n.t(key, args));
    }
}
