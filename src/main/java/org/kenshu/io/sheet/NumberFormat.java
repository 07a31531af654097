package org.kenshu.io.sheet;

import org.apache.poi.ss.usermodel.BuiltinFormats;

/**
 * A cell style's number format, resolved once per style (never per cell): its id, its code (the
 * file's own, else POI's built-in one), whether it shows a date, and whether it is General (the
 * fast path for text). Unknown built-in ids that are not dates count as General.
 */
record NumberFormat(int id, String code, boolean date, boolean general) {
    static final NumberFormat GENERAL = new NumberFormat(0, "General", false, true);

    static NumberFormat of(int id, String code) {
        if (code == null) {
            code = BuiltinFormats.getBuiltinFormat(id);
        }
        boolean general = id == 0 && (code == null || code.equalsIgnoreCase("General"))
                || code != null && code.equalsIgnoreCase("General");
        boolean date = DateFormats.isDate(id, code);
        if (general || !date && (code == null || code.startsWith("reserved"))) {
            return GENERAL; // an unknown built-in number format: show the plain number
        }
        return new NumberFormat(id, code, date, false);
    }
}
