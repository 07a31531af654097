package org.kenshu.io.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The rows the writer adds after a sheet's data: spare ruled rows, the no-data message, the notes. */
final class TableLines {
    private TableLines() {
    }

    /**
     * @param dataRows how many data rows were written (spare rows go on numbering them when the
     *                 sheet's first column is a running number)
     */
    static List<ReportRow> after(ReportSheet sheet, long dataRows) {
        List<ReportRow> rows = new ArrayList<>();
        if (dataRows == 0 && !sheet.emptyMessage().isEmpty()) {
            rows.add(spanning(sheet.emptyMessage(), RowKind.MESSAGE));
        }
        boolean numbered = "No.".equals(sheet.columns().getFirst().header());
        for (int i = 1; i <= sheet.spareRows(); i++) {
            List<ReportCell> cells = new ArrayList<>(Collections.nCopies(sheet.columns().size(), ReportCell.BLANK));
            if (numbered) {
                cells.set(0, ReportCell.integer(dataRows + i));
            }
            rows.add(ReportRow.of(cells));
        }
        for (String note : sheet.notes()) {
            rows.add(spanning(note, RowKind.NOTE));
        }
        return rows;
    }

    private static ReportRow spanning(String text, RowKind kind) {
        return new ReportRow(List.of(ReportCell.text(text)), kind, false, false);
    }
}
