package org.kenshu.io.report;

/**
 * A4 with the margins every report uses, and how Excel measures a sheet: a column of width w
 * (characters) is w × 7 pixels = w × 5.25 points at 96 dpi when a digit of the body font is 7 pixels
 * wide (ＭＳ Ｐゴシック 10.5 pt).
 */
public final class PageGeometry {
    public static final double MM_PER_POINT = 25.4 / 72;
    public static final double POINTS_PER_CHAR = 5.25;
    public static final double A4_SHORT_MM = 210;
    public static final double A4_LONG_MM = 297;
    public static final double MARGIN_SIDE_MM = 15;
    public static final double MARGIN_TOP_MM = 20;
    public static final double MARGIN_BOTTOM_MM = 18;
    public static final double HEADER_MM = 8;
    public static final double FOOTER_MM = 7;

    private PageGeometry() {
    }

    public static double paperWidthMm(boolean landscape) {
        return landscape ? A4_LONG_MM : A4_SHORT_MM;
    }

    public static double paperHeightMm(boolean landscape) {
        return landscape ? A4_SHORT_MM : A4_LONG_MM;
    }

    public static double printableWidthPt(boolean landscape) {
        return (paperWidthMm(landscape) - 2 * MARGIN_SIDE_MM) / MM_PER_POINT;
    }

    public static double printableHeightPt(boolean landscape) {
        return (paperHeightMm(landscape) - MARGIN_TOP_MM - MARGIN_BOTTOM_MM) / MM_PER_POINT;
    }

    /**
     * Excel's "fit to one page wide": the whole percent that makes {@code sheetWidthPt} fit, at most 100 %.
     */
    public static double fitScale(double sheetWidthPt, boolean landscape) {
        double scale = printableWidthPt(landscape) / sheetWidthPt;
        return Math.min(1.0, Math.floor(scale * 100) / 100);
    }

    public static double mmToInches(double mm) {
        return mm / 25.4;
    }
}
