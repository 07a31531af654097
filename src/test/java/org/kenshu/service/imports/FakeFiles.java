package org.kenshu.service.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kenshu.io.sheet.Cell;
import org.kenshu.io.sheet.MergedRegion;
import org.kenshu.io.sheet.RowHandler;
import org.kenshu.io.sheet.SheetInfo;
import org.kenshu.io.sheet.SheetRow;
import org.kenshu.io.sheet.SpreadsheetReader;
import org.kenshu.model.Progress;

/**
 * Spreadsheets described in the test and "read" without a file format, so pipeline tests are about
 * the pipeline. Each file is also written to disk (its text) so its hash and name are real.
 */
final class FakeFiles implements SpreadsheetReader {
    private final Path dir;
    private final Map<String, List<Sheet>> files = new HashMap<>();

    FakeFiles(Path dir) {
        this.dir = dir;
    }

    /** A sheet: rows of cell texts, starting at row 1 unless {@code firstRow} says otherwise. */
    record Sheet(String name, List<MergedRegion> merged, List<List<String>> rows) {
        static Sheet of(String name, List<List<String>> rows) {
            return new Sheet(name, List.of(), rows);
        }
    }

    Path file(String name, Sheet... sheets) {
        files.put(name, List.of(sheets));
        Path path = dir.resolve(name);
        try {
            Files.writeString(path, List.of(sheets).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return path;
    }

    /** One sheet named "Sheet1". */
    Path file(String name, List<List<String>> rows) {
        return file(name, Sheet.of("Sheet1", rows));
    }

    @Override
    public void read(Path file, RowHandler handler, Progress progress) {
        for (Sheet sheet : files.get(file.getFileName().toString())) {
            handler.startSheet(new SheetInfo(sheet.name(), false, sheet.merged(), false));
            int n = 0;
            for (List<String> row : sheet.rows()) {
                n++;
                List<Cell> cells = new ArrayList<>();
                for (String text : row) {
                    cells.add(Cell.text(text));
                }
                handler.row(new SheetRow(n, cells));
            }
            handler.endSheet();
        }
    }
}
