package org.kenshu.ui.common;

import java.util.stream.Stream;
import javafx.scene.control.TableColumn;

/**
 * Column widths that fit Japanese text: a full-width character (kanji, kana, 「・」) is as wide as
 * the font is high, a half-width one about half that. Measured on the column's header and values,
 * within limits, so 「副主幹・主査級」 and long department paths are not cut off.
 */
public final class ColumnWidths {
    /** Font size of the tables (kenshu.css: 13px) plus the cell's padding and the sort arrow. */
    private static final double EM = 13;
    private static final double PADDING = 22;

    private ColumnWidths() {
    }

    public static void fit(TableColumn<?, ?> column, Stream<String> values, double min, double max) {
        double widest = Math.max(width(column.getText()) + 10, values.mapToDouble(ColumnWidths::width).max().orElse(0));
        column.setPrefWidth(Math.clamp(widest + PADDING, min, max));
    }

    /** The width of {@code text} in pixels at the tables' font size. */
    public static double width(String text) {
        if (text == null) {
            return 0;
        }
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            w += c < 0x2E80 || (c >= 0xFF61 && c <= 0xFF9F) ? EM * 0.58 : EM;
        }
        return w;
    }
}
