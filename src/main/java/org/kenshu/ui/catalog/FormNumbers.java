package org.kenshu.ui.catalog;

import java.math.BigDecimal;
import org.kenshu.model.I18n;
import org.kenshu.service.imports.Text;

/**
 * Numbers as officers type them in a form: full-width digits, thousands separators and 「人」「円」 are
 * accepted; a blank field is "not set". A value that is not a number names its field.
 */
public final class FormNumbers {
    private FormNumbers() {
    }

    /** Thrown with the message the officer reads (field and example). */
    public static final class BadNumberException extends Exception {
        public BadNumberException(String field) {
            super(I18n.t("form.badNumber", field));
        }
    }

    public static BigDecimal decimal(String text, String field) throws BadNumberException {
        String t = digits(text);
        if (t.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new BadNumberException(field);
        }
    }

    public static Integer integer(String text, String field) throws BadNumberException {
        String t = digits(text);
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            throw new BadNumberException(field);
        }
    }

    /** 「1.5」 for 1.50, 「」 for none. */
    public static String text(Number n) {
        if (n == null) {
            return "";
        }
        return n instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : n.toString();
    }

    private static String digits(String text) {
        String t = Text.key(text);
        return t.replace(",", "").replaceAll("[人円日時間]+$", "");
    }
}
