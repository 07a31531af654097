package org.kenshu.io.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How a number cell is shown, as an Excel number format and the same text for widths and the preview. */
public enum NumberStyle {
    /** 1,234 */
    INTEGER("#,##0", "#,##0"),
    /** 1,234円 */
    YEN("#,##0\"円\"", "#,##0'円'"),
    /** 87.5% */
    PERCENT("0.0%", "0.0%"),
    /** 6.5 (hours) */
    DECIMAL("0.0", "0.0");

    private final String excelFormat;
    private final String javaPattern;

    NumberStyle(String excelFormat, String javaPattern) {
        this.excelFormat = excelFormat;
        this.javaPattern = javaPattern;
    }

    public String excelFormat() {
        return excelFormat;
    }

    /** One formatter per style and thread: DecimalFormat is costly to make and not thread-safe. */
    private static final ThreadLocal<DecimalFormat[]> FORMATS = ThreadLocal.withInitial(
            () -> new DecimalFormat[values().length]);

    /** The text Excel shows for {@code value} in this format. */
    public String format(double value) {
        DecimalFormat[] formats = FORMATS.get();
        if (formats[ordinal()] == null) {
            formats[ordinal()] = new DecimalFormat(javaPattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        }
        return formats[ordinal()].format(value);
    }
}
