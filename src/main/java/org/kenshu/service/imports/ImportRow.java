package org.kenshu.service.imports;

import java.util.List;
import java.util.Map;
import org.kenshu.io.sheet.Cell;

/**
 * A data row with its position (file, sheet, 1-based row as Excel shows it) and the cells by
 * meaning; a column the sheet lacks falls back to the sheet's title value (研修名 from the title).
 */
public record ImportRow(String file, String sheet, int rowNumber, SheetLayout layout, boolean date1904,
        Map<Column, Cell> cells, List<Cell> dayCells) {

    public Cell cell(Column c) {
        Cell cell = cells.get(c);
        if ((cell == null || cell.isBlank()) && layout.titleValues().containsKey(c)) {
            return Cell.text(layout.titleValues().get(c));
        }
        return cell == null ? Cell.BLANK : cell;
    }

    /** Cleaned text of a column, or null when blank. */
    public String text(Column c) {
        String t = Text.clean(cell(c).text());
        return t == null || t.isEmpty() ? null : t;
    }

    /**
     * Free text as written (備考, 会場, 講師): only trimmed, never normalised, so 「①」「㈱」「～」
     * are stored as the officer typed them; null when blank. Matching uses {@link #text}.
     */
    public String verbatim(Column c) {
        String t = cell(c).text().strip(); // strip() also removes the ideographic space U+3000
        return t.isEmpty() ? null : t;
    }

    public boolean isBlank(Column c) {
        return text(c) == null && cell(c).number() == null && cell(c).dateTime() == null;
    }

    /** The header as written, for messages. */
    public String header(Column c) {
        return layout.header(c);
    }
}
