package org.kenshu.io.report;

import java.util.List;

/**
 * A rectangle of a printed page, in millimetres from the paper's top-left corner: a cell with its lines
 * of text, or a line of the page header or footer.
 *
 * @param fontPt size of the text as printed (after fit-to-width scaling)
 * @param grey   fill, 1.0 = none
 * @param rules  rules drawn on the top, right, bottom and left edges
 */
public record PageBox(double x, double y, double width, double height, List<String> lines, double fontPt,
        boolean bold, Align align, double grey, Rules rules) {

    public PageBox {
        lines = List.copyOf(lines);
    }

    /** Which edges of a box have a rule. */
    public record Rules(boolean top, boolean right, boolean bottom, boolean left) {
        public static final Rules NONE = new Rules(false, false, false, false);
        public static final Rules ALL = new Rules(true, true, true, true);
    }
}
