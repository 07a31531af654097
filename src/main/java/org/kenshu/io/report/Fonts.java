package org.kenshu.io.report;

/**
 * The fonts and line heights of every report. ＭＳ Ｐゴシック is on every Windows PC and keeps lines
 * compact; heights leave room for the taller fallback fonts other programs use (Noto Sans CJK: 1.45 em).
 */
public final class Fonts {
    public static final String FAMILY = "ＭＳ Ｐゴシック";
    public static final double BODY_PT = 10.5;
    public static final double TITLE_PT = 14;
    public static final double HEADER_FOOTER_PT = 9;
    /** Height of one more line of body text. */
    public static final double LINE_PT = 14.5;
    /** Space above and below the text of a row. */
    public static final double ROW_PADDING_PT = 4;
    public static final double TITLE_ROW_PT = 26;
    public static final double SUBTITLE_ROW_PT = 18;
    public static final double SPACER_ROW_PT = 6;
    /** Column width added to the text: Excel's 5-pixel cell padding and a little air. */
    public static final double CELL_PADDING_CHARS = 1.0;
    /** Text is wrapped as if the column were this much narrower, so other renderers never need a line more. */
    public static final double WRAP_SAFETY = 0.97;

    private Fonts() {
    }

    /** A row with {@code lines} lines of body text. */
    public static double rowHeight(int lines) {
        return Math.max(1, lines) * LINE_PT + ROW_PADDING_PT;
    }

    /** The width text can use in a column {@code width} characters wide. */
    public static double wrapWidth(double width) {
        return Math.max(1, (width - CELL_PADDING_CHARS) * WRAP_SAFETY);
    }

    /** The column width that holds text {@code textWidth} wide on one line (the inverse of {@link #wrapWidth}). */
    public static double widthFor(double textWidth) {
        return textWidth / WRAP_SAFETY + CELL_PADDING_CHARS;
    }
}
