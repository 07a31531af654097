package org.kenshu.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kenshu.io.sheet.RowHandler;
import org.kenshu.io.sheet.SheetInfo;
import org.kenshu.io.sheet.SheetRow;
import org.kenshu.io.sheet.SpreadsheetReader;
import org.kenshu.io.sheet.SpreadsheetReaders;
import org.kenshu.io.sheet.UnreadableFileException;
import org.kenshu.model.Progress;

/**
 * Reads one file with the reader its content calls for and prints rows, cells, the reading time,
 * the time since the JVM started and the peak resident memory (VmHWM). Run under
 * {@code /usr/bin/time -v} for the whole-process figures; see docs/benchmarks.md.
 *
 * <pre>ReadBenchmark FILE</pre>
 */
public final class ReadBenchmark {
    public static void main(String[] args) throws IOException, UnreadableFileException {
        Path file = Path.of(args[0]);
        long start = System.nanoTime();
        SpreadsheetReader reader = SpreadsheetReaders.forFile(file);
        Counter counter = new Counter();
        reader.read(file, counter, Progress.NONE);
        long readMs = (System.nanoTime() - start) / 1_000_000;
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf("%s %s: %,d sheets, %,d rows, %,d non-blank cells, %,d chars; read %d ms, JVM up %d ms, %s%n",
                file.getFileName(), reader.getClass().getSimpleName(), counter.sheets, counter.rows, counter.cells,
                counter.chars, readMs, sinceJvmStart, peakRss());
    }

    private static String peakRss() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("VmHWM")).map(l -> l.replaceAll("\\s+", " ")).findFirst().orElse("VmHWM ?");
    }

    /** Touches every cell so nothing is optimised away. */
    private static final class Counter implements RowHandler {
        long sheets;
        long rows;
        long cells;
        long chars;

        @Override
        public void startSheet(SheetInfo sheet) {
            sheets++;
        }

        @Override
        public void row(SheetRow row) {
            rows++;
            for (var cell : row.cells()) {
                if (!cell.isBlank()) {
                    cells++;
                    chars += cell.text().length();
                }
            }
        }

        @Override
        public void endSheet() {
        }
    }
}
