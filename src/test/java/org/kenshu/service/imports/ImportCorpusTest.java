package org.kenshu.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.ImportKind;

/**
 * Every file of the shared corpus of odd and broken spreadsheets (fuzzer crashers, XML and zip
 * bombs, encrypted, truncated, other kinds renamed) goes through the whole attendance import:
 * each ends as a clean rejection (errors naming the file) or a read, never another exception;
 * nothing is written; each within seconds and with bounded memory. Skipped without the corpus.
 * The import runs on a worker thread that is waited for, never interrupted (it uses the database).
 */
class ImportCorpusTest {
    private static final long SECONDS_PER_FILE = 30;
    private static final long PEAK_HEAP_LIMIT = 900L << 20;
    @TempDir
    static Path dir;
    static ImportFixture f;
    static final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "corpus-import");
        t.setDaemon(true);
        return t;
    });

    @BeforeAll
    static void city() {
        f = RoundTrips.city(dir);
    }

    @AfterAll
    static void close() {
        worker.shutdown();
        f.close();
    }

    @Test
    void everyCorpusFileIsRejectedCleanlyOrReadAndNothingIsWritten() throws Exception {
        String folder = System.getProperty("kenshu.corpus");
        Assumptions.assumeTrue(folder != null && Files.isDirectory(Path.of(folder)), "corpus folder absent");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(folder))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        var before = f.snapshot();
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        long slowest = 0;
        long peakHeap = 0;
        String slowestFile = "";
        for (Path file : files) {
            resetPeaks();
            long start = System.nanoTime();
            Future<ImportResult> run = worker.submit(() -> f.run(ImportKind.ATTENDANCE, ImportOptions.defaults(), file));
            ImportResult r;
            try {
                r = run.get(SECONDS_PER_FILE, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                problems.add(file.getFileName() + ": no result within " + SECONDS_PER_FILE + " s");
                break; // the worker is still busy with it; the rest cannot run
            } catch (java.util.concurrent.ExecutionException e) {
                problems.add(file.getFileName() + ": " + e.getCause());
                continue;
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (ms > slowest) {
                slowest = ms;
                slowestFile = file.getFileName().toString();
            }
            peakHeap = Math.max(peakHeap, peakHeap());
            outcomes.merge(outcome(r, file, problems), 1, Integer::sum);
        }
        System.out.printf("Import corpus: %d files; slowest %s in %d ms; peak heap %d MB%n", files.size(), slowestFile,
                slowest, peakHeap >> 20);
        outcomes.forEach((k, v) -> System.out.printf("  %-50s %5d%n", k, v));
        assertThat(problems).as("files that neither read nor were rejected cleanly").isEmpty();
        assertThat(f.snapshot()).as("nothing written").isEqualTo(before);
        assertThat(peakHeap).as("peak heap").isLessThan(PEAK_HEAP_LIMIT);
    }

    /** How the run ended; a rejection must name the file in every error. */
    private static String outcome(ImportResult r, Path file, List<String> problems) {
        if (r.committed() && r.batchId() != null) {
            problems.add(file.getFileName() + ": committed " + r.created() + " records");
        }
        if (r.errorCount() == 0) {
            return r.rowsRead() == 0 ? "read, no rows" : "read";
        }
        for (ImportProblem e : r.errors()) {
            if (e.file() == null || !e.file().equals(file.getFileName().toString()) || e.message().isBlank()) {
                problems.add(file.getFileName() + ": error without its file: " + e);
            }
        }
        String first = r.errors().getFirst().message();
        return first.contains("読み込めません") ? "rejected: " + first.replaceFirst("^.*：", "").replaceAll("[0-9]+", "N")
                .substring(0, Math.min(24, first.replaceFirst("^.*：", "").length())) : "read with row errors";
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
