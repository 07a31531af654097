package org.kenshu.io.report;

/**
 * Text a spreadsheet program could take for a formula when the cell is edited (CSV/DDE injection):
 * beginning with = + - @, a tab or a line break, or their full-width forms ＝ ＋ － ＠. Such text is
 * written as a string cell with Excel's quote prefix, so it stays text even after editing.
 */
public final class FormulaGuard {
    private static final String TRIGGERS = "=+-@\t\r\n＝＋－＠";

    private FormulaGuard() {
    }

    public static boolean looksLikeFormula(String text) {
        return text != null && !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0;
    }
}
