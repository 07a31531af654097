package org.kenshu.io.report;

/**
 * A column: its header, alignment and width range in Excel character units (a full-width character
 * counts two). The width follows the content between {@code minWidth} and {@code maxWidth}; longer text
 * wraps onto more lines when {@code wrap}, else it is cut at the edge as Excel does.
 */
public record ReportColumn(String header, Align align, double minWidth, double maxWidth, boolean wrap) {

    public static ReportColumn text(String header, double minWidth, double maxWidth) {
        return new ReportColumn(header, Align.LEFT, minWidth, maxWidth, true);
    }

    public static ReportColumn centered(String header, double minWidth, double maxWidth) {
        return new ReportColumn(header, Align.CENTER, minWidth, maxWidth, true);
    }

    public static ReportColumn number(String header, double minWidth) {
        return new ReportColumn(header, Align.RIGHT, minWidth, Math.max(minWidth, 16), false);
    }

    /** The same column, at most {@code width} wide, its header wrapping onto more lines if longer. */
    public ReportColumn withWrap(double width) {
        return new ReportColumn(header, align, minWidth, Math.max(minWidth, width), true);
    }

    /** A column exactly {@code width} wide (a 出欠 box to write in). */
    public static ReportColumn fixed(String header, Align align, double width) {
        return new ReportColumn(header, align, width, width, true);
    }
}
