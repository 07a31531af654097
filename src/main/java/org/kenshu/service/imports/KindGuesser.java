package org.kenshu.service.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kenshu.io.sheet.RowHandler;
import org.kenshu.io.sheet.SheetInfo;
import org.kenshu.io.sheet.SheetRow;
import org.kenshu.io.sheet.SpreadsheetReader;
import org.kenshu.io.sheet.UnreadableFileException;
import org.kenshu.model.FiscalYear;
import org.kenshu.model.ImportKind;
import org.kenshu.model.Progress;

/**
 * Guesses what kind of file the officer dropped from its first header: attendance has 出欠 or one
 * column per day; a plan has 研修名 with 日程 and no 職員番号; nominations name people (職員番号 or
 * 氏名) and a course (a column or the title) without 出欠; a roster has 職員番号 with 職層 or 所属
 * and no course. Only the first rows of the first sheet with a header are read.
 */
public final class KindGuesser {
    private static final Set<Column> ANY_KEY = Set.of(Column.EMPLOYEE_NO, Column.NAME, Column.COURSE);
    private final SpreadsheetReader reader;
    private final FiscalYear year;

    public KindGuesser(SpreadsheetReader reader, FiscalYear year) {
        this.reader = reader;
        this.year = year;
    }

    /** The kind of the first of {@code files} that has a recognisable header. */
    public Optional<ImportKind> guess(List<Path> files) {
        for (Path file : files) {
            Optional<ImportKind> kind = guess(file);
            if (kind.isPresent()) {
                return kind;
            }
        }
        return Optional.empty();
    }

    private Optional<ImportKind> guess(Path file) {
        var heads = new FirstHeader(new LayoutDetector(ANY_KEY, Map.of(), null, year));
        try {
            reader.read(file, heads, Progress.NONE);
        } catch (Enough e) {
            // the header was found: the rest of the file is not needed
        } catch (UnreadableFileException | RuntimeException e) {
            return Optional.empty(); // the import itself reports why the file cannot be read
        }
        return Optional.ofNullable(heads.layout).flatMap(KindGuesser::guess);
    }

    /** The rules of the class comment, on one sheet's layout. */
    static Optional<ImportKind> guess(SheetLayout layout) {
        Set<Column> c = new HashSet<>(layout.columns().keySet());
        boolean person = c.contains(Column.EMPLOYEE_NO) || c.contains(Column.NAME);
        boolean course = c.contains(Column.COURSE) || layout.titleValues().containsKey(Column.COURSE);
        if (person && (c.contains(Column.MARK) || !layout.dayColumns().isEmpty())) {
            return Optional.of(ImportKind.ATTENDANCE);
        }
        if (c.contains(Column.COURSE) && !c.contains(Column.EMPLOYEE_NO)
                && (c.contains(Column.DATE) || c.contains(Column.START_DATE))) {
            return Optional.of(ImportKind.PLAN);
        }
        if (person && course) {
            return Optional.of(ImportKind.NOMINATIONS);
        }
        if (c.contains(Column.EMPLOYEE_NO) && (c.contains(Column.TIER) || c.contains(Column.DEPARTMENT)
                || c.contains(Column.DIVISION))) {
            return Optional.of(ImportKind.STAFF);
        }
        return Optional.empty();
    }

    /** Keeps a sheet's first rows until a header is found; then stops the reader. */
    private static final class FirstHeader implements RowHandler {
        private final LayoutDetector detector;
        private final List<SheetRow> rows = new ArrayList<>();
        private SheetInfo sheet;
        private boolean looked;
        SheetLayout layout;

        FirstHeader(LayoutDetector detector) {
            this.detector = detector;
        }

        @Override
        public void startSheet(SheetInfo info) {
            sheet = info;
            rows.clear();
            looked = false;
        }

        @Override
        public void row(SheetRow row) {
            if (looked) {
                return; // only a sheet's first rows can hold its header
            }
            rows.add(row);
            if (rows.size() >= LayoutDetector.SEARCH_ROWS) {
                look();
            }
        }

        @Override
        public void endSheet() {
            look();
        }

        private void look() {
            if (!looked && !sheet.hidden()) {
                detector.detect(sheet, rows).ifPresent(l -> layout = l);
            }
            looked = true;
            rows.clear();
            if (layout != null) {
                throw new Enough();
            }
        }
    }

    /** Stops reading once the header is known. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }
}
