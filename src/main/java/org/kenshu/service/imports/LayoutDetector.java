package org.kenshu.service.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kenshu.io.sheet.Cell;
import org.kenshu.io.sheet.SheetInfo;
import org.kenshu.io.sheet.SheetRow;
import org.kenshu.model.FiscalYear;

/**
 * Finds the header row among a sheet's first rows: the first row naming at least two known columns,
 * one of them a key column of the kind being imported (or, for the matrix layout, a key column and
 * day columns). Rows above it are title rows.
 */
final class LayoutDetector {
    /** How far down a header may sit below titles and notes. */
    static final int SEARCH_ROWS = 30;

    private final HeaderMatcher matcher = new HeaderMatcher();
    private final Set<Column> keyColumns;
    private final Map<String, Column> mapping;
    private final FiscalYear explicitYear;
    private final FiscalYear defaultYear;

    /**
     * @param keyColumns   one of these must be in the header
     * @param mapping      header text key → meaning chosen by hand (null value = ignore the column)
     * @param explicitYear the fiscal year the officer named (may be null)
     * @param defaultYear  used for month/day headers when neither the officer nor a title names a year
     */
    LayoutDetector(Set<Column> keyColumns, Map<String, Column> mapping, FiscalYear explicitYear,
            FiscalYear defaultYear) {
        this.keyColumns = keyColumns;
        this.mapping = mapping;
        this.explicitYear = explicitYear;
        this.defaultYear = defaultYear;
    }

    /** The layout, if one of {@code rows} is a header. */
    Optional<SheetLayout> detect(SheetInfo sheet, List<SheetRow> rows) {
        var titles = new TitleCells(matcher);
        for (SheetRow row : rows) {
            Optional<SheetLayout> layout = asHeader(sheet, row, titles);
            if (layout.isPresent()) {
                return layout;
            }
            titles.read(row);
        }
        return Optional.empty();
    }

    private Optional<SheetLayout> asHeader(SheetInfo sheet, SheetRow row, TitleCells titles) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        Map<Column, String> headers = new EnumMap<>(Column.class);
        List<SheetLayout.DayColumn> days = new ArrayList<>();
        List<String> unmapped = new ArrayList<>();
        FiscalYear fy = explicitYear != null ? explicitYear
                : titles.fiscalYear() != null ? FiscalYear.of(titles.fiscalYear()) : defaultYear;
        for (int i = 0; i < row.cells().size(); i++) {
            Cell cell = row.cells().get(i);
            String text = Text.clean(cell.text());
            if (text == null || text.isEmpty()) {
                continue;
            }
            String key = Text.key(text);
            Optional<Column> column = mapping.containsKey(key) ? Optional.ofNullable(mapping.get(key))
                    : matcher.match(text);
            if (column.isPresent()) {
                if (column.get() != Column.ROW_NO) {
                    columns.putIfAbsent(column.get(), i);
                    headers.putIfAbsent(column.get(), text);
                }
                continue;
            }
            Optional<LocalDate> day = dayHeader(cell, sheet.date1904(), fy);
            if (day.isPresent()) {
                days.add(new SheetLayout.DayColumn(i, day.get(), text));
            } else if (!mapping.containsKey(key)) {
                unmapped.add(text);
            }
        }
        boolean hasKey = columns.keySet().stream().anyMatch(keyColumns::contains);
        boolean header = hasKey && (columns.size() >= 2 || !days.isEmpty());
        if (!header) {
            return Optional.empty();
        }
        return Optional.of(new SheetLayout(row.rowNumber(), columns, headers, days, unmapped, titles.values(),
                titles.fiscalYear()));
    }

    private static Optional<LocalDate> dayHeader(Cell cell, boolean date1904, FiscalYear fy) {
        if (cell.dateTime() != null) {
            return Optional.of(cell.dateTime().toLocalDate());
        }
        if (cell.number() != null) {
            return Optional.empty(); // a bare number in a header is a count, not a day
        }
        return DateValues.parse(cell.text(), fy);
    }
}
