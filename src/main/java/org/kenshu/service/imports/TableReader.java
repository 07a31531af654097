package org.kenshu.service.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.kenshu.io.sheet.Cell;
import org.kenshu.io.sheet.MergedRegion;
import org.kenshu.io.sheet.RowHandler;
import org.kenshu.io.sheet.SheetInfo;
import org.kenshu.io.sheet.SheetRow;
import org.kenshu.model.I18n;
import org.kenshu.model.Progress;

/**
 * Turns a sheet's raw rows into {@link ImportRow}s: buffers the first rows until the header is
 * found, then passes data rows on, filling vertically merged cells from their top-left cell and
 * leaving out blank, totals (合計・計) and note (※) rows.
 */
final class TableReader implements RowHandler {
    private static final Set<String> TOTALS = Set.of("合計", "計", "総計", "小計", "累計");

    private final String fileName;
    private final LayoutDetector detector;
    private final Set<Column> dataColumns;
    private final Consumer<ImportRow> sink;
    private final Problems problems;
    private final Progress progress;

    private SheetInfo sheet;
    private SheetLayout layout;
    private final List<SheetRow> buffered = new ArrayList<>();
    private final Map<MergedRegion, Cell> mergedValues = new java.util.HashMap<>();
    private List<MergedRegion> tallRegions = List.of();
    private boolean gaveUp;
    private boolean anyHeader;
    private int dataRows;

    /**
     * @param dataColumns a row with all of these blank (and no day marks) is not data: a spare
     *                    numbered row of a sign-in sheet, say
     */
    TableReader(String fileName, LayoutDetector detector, Set<Column> dataColumns, Consumer<ImportRow> sink,
            Problems problems, Progress progress) {
        this.fileName = fileName;
        this.detector = detector;
        this.dataColumns = dataColumns;
        this.sink = sink;
        this.problems = problems;
        this.progress = progress;
    }

    @Override
    public void startSheet(SheetInfo info) {
        sheet = info;
        layout = null;
        gaveUp = false;
        buffered.clear();
        mergedValues.clear();
        // Only regions spanning several rows need filling: a merged title across columns holds one value.
        tallRegions = info.mergedRegions().stream().filter(r -> r.lastRow() > r.firstRow()).toList();
    }

    @Override
    public void row(SheetRow raw) {
        if (gaveUp) {
            return;
        }
        SheetRow row = fillMerged(raw);
        if (layout == null) {
            if (!row.isBlank()) {
                buffered.add(row);
            }
            if (buffered.size() >= LayoutDetector.SEARCH_ROWS) {
                detectHeader();
            }
            return;
        }
        data(row);
    }

    @Override
    public void endSheet() {
        if (layout == null && !gaveUp) {
            detectHeader();
        }
        if (layout == null && !sheet.hidden() && (gaveUp || !buffered.isEmpty())) {
            problems.warning(fileName, sheet.name(), 0, null, I18n.t("import.noHeader"));
        }
    }

    /** Whether any sheet of the file had a header. */
    boolean foundHeader() {
        return anyHeader;
    }

    int dataRows() {
        return dataRows;
    }

    private void detectHeader() {
        List<SheetRow> rows = List.copyOf(buffered);
        buffered.clear();
        detector.detect(sheet, rows).ifPresent(found -> {
            layout = found;
            anyHeader = true;
            rows.stream().filter(r -> r.rowNumber() > found.headerRow()).forEach(this::data);
        });
        // No header among the first rows: the rest of the sheet is not read as data.
        gaveUp = layout == null && !rows.isEmpty();
    }

    private void data(SheetRow row) {
        if (row.rowNumber() <= layout.headerRow() || row.isBlank() || isTotalsOrNote(row)) {
            return;
        }
        Map<Column, Cell> cells = new EnumMap<>(Column.class);
        layout.columns().forEach((column, index) -> cells.put(column, row.cell(index)));
        List<Cell> days = layout.dayColumns().stream().map(d -> row.cell(d.index())).toList();
        boolean hasData = dataColumns.stream().anyMatch(c -> cells.containsKey(c) && !cells.get(c).isBlank())
                || days.stream().anyMatch(c -> !c.isBlank());
        if (!hasData) {
            return;
        }
        dataRows++;
        // every row: the file may be read ahead on another thread, so this is where a cancel is noticed
        progress.checkCancelled();
        if (dataRows % 500 == 0) {
            progress.update(dataRows, -1, fileName);
        }
        sink.accept(new ImportRow(fileName, sheet.name(), row.rowNumber(), layout, sheet.date1904(), cells, days));
    }

    private static boolean isTotalsOrNote(SheetRow row) {
        for (Cell c : row.cells()) {
            String key = Text.key(c.text());
            if (!key.isEmpty()) {
                return TOTALS.contains(key) || key.startsWith("合計") || key.startsWith("※") || key.startsWith("注)");
            }
            if (c.number() != null) {
                return false;
            }
        }
        return false;
    }

    private SheetRow fillMerged(SheetRow row) {
        if (tallRegions.isEmpty()) {
            return row;
        }
        List<Cell> cells = new ArrayList<>(row.cells());
        for (MergedRegion region : tallRegions) {
            if (row.rowNumber() < region.firstRow() || row.rowNumber() > region.lastRow()) {
                continue;
            }
            if (row.rowNumber() == region.firstRow()) {
                mergedValues.put(region, row.cell(region.firstColumn()));
                continue;
            }
            Cell value = mergedValues.getOrDefault(region, Cell.BLANK);
            while (cells.size() <= region.lastColumn()) {
                cells.add(Cell.BLANK);
            }
            for (int c = region.firstColumn(); c <= region.lastColumn(); c++) {
                if (cells.get(c).isBlank()) {
                    cells.set(c, c == region.firstColumn() ? value : Cell.BLANK);
                }
            }
        }
        return new SheetRow(row.rowNumber(), cells);
    }
}
