package org.kenshu.service.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Counts data rows per sheet and remembers each sheet's layout for {@link SheetSummary}. */
final class SummaryCollector implements Consumer<ImportRow> {
    private final Consumer<ImportRow> next;
    private final Map<String, ImportRow> firstRows = new LinkedHashMap<>();
    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private int total;

    SummaryCollector(Consumer<ImportRow> next) {
        this.next = next;
    }

    @Override
    public void accept(ImportRow row) {
        String key = row.file() + "\u0000" + row.sheet();
        firstRows.putIfAbsent(key, row);
        counts.computeIfAbsent(key, k -> new int[1])[0]++;
        total++;
        next.accept(row);
    }

    int total() {
        return total;
    }

    List<SheetSummary> sheets() {
        List<SheetSummary> result = new ArrayList<>();
        firstRows.forEach((key, row) -> result.add(new SheetSummary(row.file(), row.sheet(),
                row.layout().headerRow(), row.layout().headers(),
                row.layout().dayColumns().stream().map(SheetLayout.DayColumn::header).toList(),
                row.layout().unmapped(), counts.get(key)[0], row.layout().titleValues())));
        return result;
    }
}
