package org.kenshu.service.reports.print;

import java.util.List;

/**
 * A rectangle of a printed page in millimetres from the paper's top-left corner: a cell with its lines of
 * text (already wrapped as Excel wraps them), or a line of the page header or footer.
 *
 * @param align  "LEFT", "CENTER" or "RIGHT"
 * @param grey   fill, 1.0 = none
 */
public record PrintBox(double x, double y, double width, double height, List<String> lines, double fontPt,
        boolean bold, String align, double grey, boolean ruleTop, boolean ruleRight, boolean ruleBottom,
        boolean ruleLeft) {

    public PrintBox {
        lines = List.copyOf(lines);
    }
}
