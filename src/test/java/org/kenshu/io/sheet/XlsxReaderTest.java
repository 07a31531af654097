package org.kenshu.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.Progress;

class XlsxReaderTest {
    @TempDir
    Path dir;

    private RecordingHandler read(Path file) throws UnreadableFileException {
        RecordingHandler handler = new RecordingHandler();
        new XlsxReader().read(file, handler, Progress.NONE);
        return handler;
    }

    @Test
    void readsEveryCellOfAnAttendanceWorkbookWithRowNumbersAsExcelShowsThem() throws Exception {
        RecordingHandler handler = read(WorkbookFixtures.xlsx(dir));
        FixtureExpectations.assertAttendanceSheet(handler.sheet("出欠"));
        FixtureExpectations.assertOtherSheets(handler);
    }

    @Test
    void readsMergedTitleCellsBeforeRows() throws Exception {
        RecordingHandler handler = read(WorkbookFixtures.xlsx(dir));
        assertThat(handler.events.subList(0, 2)).containsExactly("start:出欠", "row:1");
        assertThat(handler.sheets.getFirst().info().mergedRegions()).contains(new MergedRegion(1, 1, 0, 6));
    }

    @Test
    void skipsFuriganaRunsOfSharedStrings() throws Exception {
        RecordingHandler handler = read(WorkbookFixtures.xlsx(dir));
        assertThat(handler.sheet("出欠").row(4).cell(1).text()).isEqualTo("山田 太郎");
    }

    @Test
    void convertsDatesWithThe1904DateSystem() throws Exception {
        RecordingHandler handler = read(WorkbookFixtures.xlsx1904(dir));
        RecordingHandler.Sheet sheet = handler.sheet("日付");
        assertThat(sheet.info().date1904()).isTrue();
        Cell day = sheet.row(1).cell(0);
        assertThat(day.dateTime()).isEqualTo(LocalDateTime.of(2026, 5, 12, 0, 0));
        assertThat(day.text()).isEqualTo("2026-05-12");
        assertThat(day.number()).isEqualTo(46154.0 - 1462); // the 1904 serial of the same day
    }

    @Test
    void readsInlineStringsAsStreamingWritersProduceThem() throws Exception {
        Path file = dir.resolve("streamed.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook()) {
            var sheet = wb.createSheet("受講者");
            for (int r = 0; r < 300; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue("職員" + r);
                row.createCell(2).setCellValue(r);
            }
            WorkbookFixtures.write(wb, file);
            wb.dispose();
        }
        RecordingHandler.Sheet sheet = read(file).sheet("受講者");
        assertThat(sheet.rows()).hasSize(300);
        assertThat(sheet.texts(300)).containsExactly("職員299", "", "299");
        assertThat(sheet.row(300).cell(2).number()).isEqualTo(299.0);
    }

    @Test
    void stopsWhenCancelled() throws Exception {
        Path file = dir.resolve("long.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook()) {
            var sheet = wb.createSheet("長い");
            for (int r = 0; r < 5_000; r++) {
                sheet.createRow(r).createCell(0).setCellValue(r);
            }
            WorkbookFixtures.write(wb, file);
            wb.dispose();
        }
        AtomicInteger rows = new AtomicInteger();
        Progress cancelAfter1000 = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return rows.get() >= 1_000;
            }
        };
        RowHandler counting = new CountingHandler(rows);
        assertThatThrownBy(() -> new XlsxReader().read(file, counting, cancelAfter1000))
                .isInstanceOf(Progress.CancelledException.class);
        assertThat(rows.get()).isBetween(1_000, 1_000 + RowBuilder.CANCEL_CHECK_EVERY);
    }

    @Test
    void letsTheHandlersOwnExceptionThroughUnchanged() throws Exception {
        Path file = WorkbookFixtures.xlsx(dir);
        IllegalStateException own = new IllegalStateException("handler failed");
        RowHandler failing = new CountingHandler(new AtomicInteger()) {
            @Override
            public void row(SheetRow row) {
                throw own;
            }
        };
        assertThatThrownBy(() -> new XlsxReader().read(file, failing, Progress.NONE)).isSameAs(own);
    }
}
