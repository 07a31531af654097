package org.kenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.bench.AttendanceWorkbookGenerator;
import org.kenshu.bench.ImportBenchmarkSetup;
import org.kenshu.io.sheet.SpreadsheetReaders;
import org.kenshu.service.Workspace;
import org.kenshu.store.DataFolder;
import org.kenshu.store.Database;
import org.kenshu.store.DatabaseSnapshot;
import org.kenshu.store.TestStore;

/**
 * kill -9 in the middle of a large import: a child JVM runs {@code kenshu import attendance} on a
 * 200,000-row file; once its progress shows rows being written it is killed without warning. The
 * database must then open cleanly and hold exactly what it held before.
 */
class ImportKillTest {
    private static final int ROWS = 200_000;
    private static final Pattern PROGRESS = Pattern.compile("([0-9][0-9,]*) 行");

    @TempDir
    Path dir;

    @Test
    void killingTheImportMidwayLeavesTheDatabaseExactlyAsBefore() throws Exception {
        ImportBenchmarkSetup.prepare(ROWS, dir, false);
        Path file = dir.resolve("big.csv");
        AttendanceWorkbookGenerator.write(new AttendanceWorkbookGenerator(ROWS, true), ROWS, file, StandardCharsets.UTF_8);
        Path data = dir.resolve("db");
        var before = snapshot(data);

        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-Xmx256m", "-Dkenshu.progress=always", "-cp",
                System.getProperty("java.class.path"), "org.kenshu.app.Main", "--db", data.toString(),
                "import", "attendance", file.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long rows = waitForRows(child.getErrorStream(), 20_000);
        assertThat(child.isAlive()).as("still importing after %d rows", rows).isTrue();
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(rows).isBetween(20_000L, ROWS - 1L);

        assertThat(snapshot(data)).isEqualTo(before);
        try (Workspace ws = Workspace.open(data, SpreadsheetReaders::read, TestStore.CLOCK)) {
            assertThat(ws.services().info.counts().get("attendance")).isZero();
        }
    }

    /** Reads the child's progress line until it reports at least {@code wanted} rows; returns the count seen. */
    private static long waitForRows(InputStream err, long wanted) throws Exception {
        StringBuilder line = new StringBuilder();
        byte[] buffer = new byte[4096];
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            int n = err.read(buffer);
            if (n < 0) {
                throw new AssertionError("the import ended before it could be killed: " + line);
            }
            line.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            Matcher m = PROGRESS.matcher(line);
            long last = -1;
            while (m.find()) {
                last = Long.parseLong(m.group(1).replace(",", ""));
            }
            if (last >= wanted) {
                return last;
            }
            if (line.length() > 8192) {
                line.delete(0, line.length() - 256);
            }
        }
        throw new AssertionError("no progress within 3 minutes: " + line);
    }

    private static java.util.Map<String, List<String>> snapshot(Path data) {
        try (Database db = Database.openEmbedded(new DataFolder(data))) {
            return DatabaseSnapshot.of(db);
        }
    }
}
