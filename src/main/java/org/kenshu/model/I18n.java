package org.kenshu.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one place visible text comes from: {@code org/kenshu/messages_ja.properties} (default)
 * and {@code messages_en.properties}. Used by every layer that speaks to the officer (window,
 * CLI, import problems, report headings), so it lives in the model and depends on nothing.
 */
public final class I18n {
    public static final String BUNDLE = "org.kenshu.messages";
    private static volatile Locale locale = Locale.JAPANESE;
    private static volatile ResourceBundle bundle = load(locale);

    private I18n() {
    }

    public static Locale locale() {
        return locale;
    }

    /** Switches language; {@code ja} unless the officer chose English. */
    public static void setLocale(Locale newLocale) {
        Locale chosen = "en".equals(newLocale.getLanguage()) ? Locale.ENGLISH : Locale.JAPANESE;
        bundle = load(chosen);
        locale = chosen;
        // Built-in texts of dialogs and controls (「詳細の表示」) follow the default locale.
        Locale.setDefault(chosen == Locale.JAPANESE ? Locale.JAPAN : Locale.US);
    }

    public static ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key}, with {@code {0}}… replaced by {@code args}. */
    public static String t(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        MessageFormat format = new MessageFormat(pattern, locale);
        // A plain {0} with a whole number is a row, a year or an id: 2026, not 2,026 ({0,number,#,##0} groups).
        var formats = format.getFormatsByArgumentIndex();
        for (int i = 0; i < Math.min(args.length, formats.length); i++) {
            if (formats[i] == null && (args[i] instanceof Integer || args[i] instanceof Long)) {
                format.setFormatByArgumentIndex(i, PLAIN_INTEGER);
            }
        }
        return format.format(args);
    }

    private static final java.text.NumberFormat PLAIN_INTEGER = plainInteger();

    private static java.text.NumberFormat plainInteger() {
        var f = java.text.NumberFormat.getIntegerInstance(Locale.ROOT);
        f.setGroupingUsed(false);
        return f;
    }

    /** The label of an enum constant: key {@code SimpleName.CONSTANT}. */
    public static String label(Enum<?> value) {
        return value == null ? "" : t(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    private static ResourceBundle load(Locale l) {
        return ResourceBundle.getBundle(BUNDLE, l, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
