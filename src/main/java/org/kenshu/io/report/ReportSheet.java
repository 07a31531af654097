package org.kenshu.io.report;

import java.util.ArrayList;
import java.util.List;

/**
 * One sheet of a report: title lines above a table with a header row, printed on A4.
 *
 * @param name         the sheet tab (cut to Excel's 31 characters)
 * @param landscape    A4 landscape for wide tables
 * @param titles       the first is the title (large, bold), the rest are lines such as 「実施日：令和8年5月12日」
 * @param columns      the table's columns
 * @param rows         the data rows; iterated once
 * @param streaming    large sheet: rows are written as they come, without computed page breaks or carried labels
 * @param expectedRows for progress; -1 when unknown
 * @param spareRows    empty ruled rows after the data (a sign-in sheet's rows for walk-ins)
 * @param minRowHeight points; a sign-in sheet has room to write in
 * @param emptyMessage shown in the table when there are no rows (「データがありません」)
 * @param notes        lines under the table (「※欠席の場合は…」)
 * @param frozenColumns columns kept in view when scrolling sideways
 * @param chart        a bar chart under the table, or null (laid-out sheets only)
 */
public record ReportSheet(String name, boolean landscape, List<String> titles, List<ReportColumn> columns,
        Iterable<ReportRow> rows, boolean streaming, long expectedRows, int spareRows, double minRowHeight,
        String emptyMessage, List<String> notes, int frozenColumns, ReportChart chart) {

    public ReportSheet {
        titles = List.copyOf(titles);
        columns = List.copyOf(columns);
        notes = List.copyOf(notes);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a sheet needs columns: " + name);
        }
        if (chart != null && streaming) {
            throw new IllegalArgumentException("a chart goes under a laid-out table, not a streamed one: " + name);
        }
    }

    public static Builder builder(String name, List<ReportColumn> columns) {
        return new Builder(name, columns);
    }

    /** Builds a sheet; everything but the name and columns has a default. */
    public static final class Builder {
        private final String name;
        private final List<ReportColumn> columns;
        private final List<String> titles = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private Iterable<ReportRow> rows = List.of();
        private boolean landscape;
        private boolean streaming;
        private long expectedRows = -1;
        private int spareRows;
        private double minRowHeight;
        private String emptyMessage = "";
        private int frozenColumns;
        private ReportChart chart;

        private Builder(String name, List<ReportColumn> columns) {
            this.name = name;
            this.columns = columns;
        }

        public Builder title(String line) {
            titles.add(line);
            return this;
        }

        public Builder landscape(boolean value) {
            landscape = value;
            return this;
        }

        public Builder rows(List<ReportRow> list) {
            rows = list;
            expectedRows = list.size();
            return this;
        }

        /** Rows produced while writing (a large sheet); {@code expected} for progress. */
        public Builder streamedRows(Iterable<ReportRow> source, long expected) {
            rows = source;
            streaming = true;
            expectedRows = expected;
            return this;
        }

        public Builder spareRows(int count) {
            spareRows = count;
            return this;
        }

        public Builder minRowHeight(double points) {
            minRowHeight = points;
            return this;
        }

        public Builder emptyMessage(String text) {
            emptyMessage = text;
            return this;
        }

        public Builder note(String line) {
            notes.add(line);
            return this;
        }

        public Builder frozenColumns(int count) {
            frozenColumns = count;
            return this;
        }

        /** A bar chart under the table (after the notes). */
        public Builder chart(ReportChart value) {
            chart = value;
            return this;
        }

        public ReportSheet build() {
            return new ReportSheet(name, landscape, titles, columns, rows, streaming, expectedRows, spareRows,
                    minRowHeight, emptyMessage, notes, frozenColumns, chart);
        }
    }
}
