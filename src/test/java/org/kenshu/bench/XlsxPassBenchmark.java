package org.kenshu.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.kenshu.io.sheet.RowHandler;
import org.kenshu.io.sheet.SheetInfo;
import org.kenshu.io.sheet.SheetRow;
import org.kenshu.io.sheet.XlsxPassProbe;
import org.kenshu.io.sheet.XlsxReader;
import org.kenshu.model.Progress;

/**
 * Times single passes over an xlsx's first sheet in one JVM, after warm-up, to compare reading
 * paths (docs/decisions/0004-xlsx-reading-path.md): unpacking only, SAX with an empty handler,
 * the two ways to pre-collect merged regions, and the whole reader.
 *
 * <pre>XlsxPassBenchmark FILE [ROUNDS [PASS]]</pre>
 * PASS (inflate, sax, merge-scan, merge-sax, reader) runs only that pass: with ROUNDS 1 under
 * {@code /usr/bin/time -v} it gives a cold, whole-process figure for that pass alone.
 */
public final class XlsxPassBenchmark {
    private interface Pass {
        long run(Path file) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        String only = args.length > 2 ? args[2] : "";
        time(only, "inflate", "inflate only", file, rounds, XlsxPassProbe::inflateOnly);
        time(only, "sax", "SAX, empty handler", file, rounds, XlsxPassProbe::saxOnly);
        time(only, "merge-scan", "merges: byte scan", file, rounds, XlsxPassProbe::mergeByteScan);
        time(only, "merge-sax", "merges: SAX pass", file, rounds, XlsxPassProbe::mergeSax);
        time(only, "reader", "XlsxReader, all rows", file, rounds, XlsxPassBenchmark::readAll);
    }

    private static long readAll(Path file) throws Exception {
        AtomicLong rows = new AtomicLong();
        new XlsxReader().read(file, new RowHandler() {
            @Override
            public void startSheet(SheetInfo sheet) {
            }

            @Override
            public void row(SheetRow row) {
                rows.incrementAndGet();
            }

            @Override
            public void endSheet() {
            }
        }, Progress.NONE);
        return rows.get();
    }

    private static void time(String only, String key, String name, Path file, int rounds, Pass pass) throws Exception {
        if (!only.isEmpty() && !only.equals(key)) {
            return;
        }
        long[] ms = new long[rounds];
        long result = 0;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            result = pass.run(file);
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        long[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("%-22s median %5d ms  min %5d ms  (first %5d ms)  result %,d%n",
                name, sorted[rounds / 2], sorted[0], ms[0], result);
    }
}
