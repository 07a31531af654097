package org.kenshu.service.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kenshu.io.sheet.Cell;
import org.kenshu.io.sheet.RowHandler;
import org.kenshu.io.sheet.SheetInfo;
import org.kenshu.io.sheet.SheetRow;
import org.kenshu.io.sheet.SpreadsheetReader;
import org.kenshu.io.sheet.UnreadableFileException;
import org.kenshu.model.Progress;

/** Reading on a second thread: same events in the same order, failures handed over, a stopped consumer stops the reader. */
class ReadAheadTest {
    private static final Path FILE = Path.of("x.xlsx");

    /** A reader of {@code rows} rows in each of two sheets (endless when negative), ending with {@code end}. */
    private static SpreadsheetReader reader(int rows, RuntimeException end, CountDownLatch finished) {
        return (file, handler, progress) -> {
            try {
                for (String sheet : List.of("A", "B")) {
                    handler.startSheet(new SheetInfo(sheet, false, List.of(), false));
                    for (int i = 1; rows < 0 || i <= rows; i++) {
                        progress.checkCancelled();
                        handler.row(new SheetRow(i, List.of(Cell.text(sheet + i))));
                    }
                    handler.endSheet();
                }
                if (end != null) {
                    throw end;
                }
            } finally {
                finished.countDown();
            }
        };
    }

    private static final class Recorder implements RowHandler {
        final List<String> events = new ArrayList<>();
        int failAfter = Integer.MAX_VALUE;

        @Override
        public void startSheet(SheetInfo sheet) {
            events.add("start " + sheet.name());
        }

        @Override
        public void row(SheetRow row) {
            if (events.size() >= failAfter) {
                throw new IllegalStateException("consumer failed");
            }
            events.add(row.cells().getFirst().text());
        }

        @Override
        public void endSheet() {
            events.add("end");
        }
    }

    @Test
    void theCallerSeesEveryEventInOrder() throws Exception {
        var recorder = new Recorder();
        ReadAhead.read(reader(1000, null, new CountDownLatch(1)), FILE, recorder, Progress.NONE);
        assertThat(recorder.events).hasSize(2 * 1002);
        assertThat(recorder.events.subList(0, 3)).containsExactly("start A", "A1", "A2");
        assertThat(recorder.events.getLast()).isEqualTo("end");
        assertThat(recorder.events.get(1002)).isEqualTo("start B");
    }

    @Test
    void anUnreadableFileIsRethrownOnTheCallersThread() {
        SpreadsheetReader broken = (file, handler, progress) -> {
            throw new UnreadableFileException(file, "import.reason.corrupt", null);
        };
        assertThatThrownBy(() -> ReadAhead.read(broken, FILE, new Recorder(), Progress.NONE))
                .isInstanceOf(UnreadableFileException.class);
    }

    @Test
    void whenTheCallerFailsTheReaderStopsInsteadOfReadingOn() throws Exception {
        var finished = new CountDownLatch(1);
        var recorder = new Recorder();
        recorder.failAfter = 10;
        assertThatThrownBy(() -> ReadAhead.read(reader(-1, null, finished), FILE, recorder, Progress.NONE))
                .hasMessage("consumer failed");
        assertThat(finished.await(10, TimeUnit.SECONDS)).as("the endless reader ended").isTrue();
    }

    @Test
    void aCancellationSeenByTheReaderReachesTheCaller() {
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> ReadAhead.read(reader(-1, null, new CountDownLatch(1)), FILE, new Recorder(), cancelled))
                .isInstanceOf(Progress.CancelledException.class);
    }
}
