package org.kenshu.io.sheet;

import java.util.ArrayList;
import java.util.List;

/** Keeps everything a reader delivers, in order, for assertions. */
final class RecordingHandler implements RowHandler {
    /** One sheet as delivered: its info and its rows. */
    record Sheet(SheetInfo info, List<SheetRow> rows) {
        SheetRow row(int rowNumber) {
            return rows.stream().filter(r -> r.rowNumber() == rowNumber).findFirst()
                    .orElseThrow(() -> new AssertionError("no row " + rowNumber + " in " + info.name()));
        }

        List<Integer> rowNumbers() {
            return rows.stream().map(SheetRow::rowNumber).toList();
        }

        List<String> texts(int rowNumber) {
            return row(rowNumber).cells().stream().map(Cell::text).toList();
        }
    }

    final List<Sheet> sheets = new ArrayList<>();
    /** "start:NAME", "row:N", "end" in the order received. */
    final List<String> events = new ArrayList<>();
    private Sheet current;

    @Override
    public void startSheet(SheetInfo sheet) {
        if (current != null) {
            throw new AssertionError("startSheet before endSheet");
        }
        current = new Sheet(sheet, new ArrayList<>());
        sheets.add(current);
        events.add("start:" + sheet.name());
    }

    @Override
    public void row(SheetRow row) {
        if (current == null) {
            throw new AssertionError("row outside a sheet");
        }
        current.rows().add(row);
        events.add("row:" + row.rowNumber());
    }

    @Override
    public void endSheet() {
        current = null;
        events.add("end");
    }

    Sheet sheet(String name) {
        return sheets.stream().filter(s -> s.info().name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no sheet " + name));
    }
}
