package org.kenshu.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.Progress;

class XlsReaderTest {
    @TempDir
    Path dir;

    private RecordingHandler read(Path file) throws UnreadableFileException {
        RecordingHandler handler = new RecordingHandler();
        new XlsReader().read(file, handler, Progress.NONE);
        return handler;
    }

    @Test
    void readsEveryCellOfAnAttendanceWorkbookLikeTheXlsxReader() throws Exception {
        RecordingHandler handler = read(WorkbookFixtures.xls(dir));
        FixtureExpectations.assertAttendanceSheet(handler.sheet("出欠"));
        FixtureExpectations.assertOtherSheets(handler);
    }

    @Test
    void deliversMergedRegionsWithTheSheetBeforeItsRows() throws Exception {
        RecordingHandler handler = read(WorkbookFixtures.xls(dir));
        assertThat(handler.events.subList(0, 2)).containsExactly("start:出欠", "row:1");
        assertThat(handler.sheets.getFirst().info().mergedRegions()).hasSize(2);
    }

    @Test
    void convertsDatesWithThe1904DateSystem() throws Exception {
        RecordingHandler.Sheet sheet = read(WorkbookFixtures.xls1904(dir)).sheet("日付");
        assertThat(sheet.info().date1904()).isTrue();
        assertThat(sheet.row(1).cell(0).dateTime()).isEqualTo(LocalDateTime.of(2026, 5, 12, 0, 0));
        assertThat(sheet.row(1).cell(0).number()).isEqualTo(46154.0 - 1462);
    }

    @Test
    void letsTheHandlersOwnExceptionThroughUnchanged() throws Exception {
        Path file = WorkbookFixtures.xls(dir);
        UnsupportedOperationException own = new UnsupportedOperationException("handler failed");
        RowHandler failing = new CountingHandler(new AtomicInteger()) {
            @Override
            public void startSheet(SheetInfo sheet) {
                throw own;
            }
        };
        assertThatThrownBy(() -> new XlsReader().read(file, failing, Progress.NONE)).isSameAs(own);
    }
}
