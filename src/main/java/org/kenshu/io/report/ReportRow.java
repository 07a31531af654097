package org.kenshu.io.report;

import java.util.Arrays;
import java.util.List;

/**
 * One row of a report table.
 *
 * @param keepWithNext the row is printed on the same page as the next one (計画 over 実績)
 * @param breakBefore  the row starts a new printed page (one staff member per page)
 */
public record ReportRow(List<ReportCell> cells, RowKind kind, boolean keepWithNext, boolean breakBefore) {

    public ReportRow {
        cells = List.copyOf(cells);
    }

    public static ReportRow of(ReportCell... cells) {
        return new ReportRow(Arrays.asList(cells), RowKind.NORMAL, false, false);
    }

    public static ReportRow of(List<ReportCell> cells) {
        return new ReportRow(cells, RowKind.NORMAL, false, false);
    }

    public static ReportRow total(ReportCell... cells) {
        return new ReportRow(Arrays.asList(cells), RowKind.TOTAL, false, false);
    }

    /** A heading spanning the table. */
    public static ReportRow section(String text) {
        return new ReportRow(List.of(ReportCell.text(text)), RowKind.SECTION, true, false);
    }

    public ReportRow keptWithNext() {
        return new ReportRow(cells, kind, true, breakBefore);
    }

    public ReportRow onNewPage() {
        return new ReportRow(cells, kind, keepWithNext, true);
    }

    public ReportCell cell(int column) {
        return column < cells.size() ? cells.get(column) : ReportCell.BLANK;
    }
}
