package org.kenshu.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.kenshu.model.Progress;

/**
 * Every file of the shared corpus of odd and broken inputs (other projects' test files: fuzzer
 * crashers, XML bombs, encrypted, truncated) is either read or rejected with an
 * {@link UnreadableFileException}: never another exception, never a hang. Each file goes through
 * the content-sniffing entry point and, when that did not already read it with the reader its name
 * calls for, straight through that reader too (so each reader also meets the hostile files the
 * sniffer stops or sends elsewhere).
 */
class ReaderCorpusTest {
    private static final Duration PER_FILE = Duration.ofSeconds(20);

    @Test
    void everyCorpusFileIsReadOrRejectedCleanly() throws Exception {
        String folder = System.getProperty("kenshu.corpus");
        Assumptions.assumeTrue(folder != null && Files.isDirectory(Path.of(folder)), "corpus folder absent");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(folder))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            Class<?> sniffed = outcome(file, "sniffed", () -> {
                SpreadsheetReader reader = SpreadsheetReaders.forFile(file);
                reader.read(file, new CountingHandler(new AtomicInteger()), Progress.NONE);
                return reader.getClass();
            }, outcomes, problems);
            SpreadsheetReader byName = byExtension(file);
            if (byName != null && byName.getClass() != sniffed) {
                outcome(file, byName.getClass().getSimpleName(), () -> {
                    byName.read(file, new CountingHandler(new AtomicInteger()), Progress.NONE);
                    return byName.getClass();
                }, outcomes, problems);
            }
        }
        System.out.printf("Reader corpus: %d files from %s%n", files.size(), folder);
        outcomes.forEach((k, v) -> System.out.printf("  %-60s %5d%n", k, v));
        assertThat(files).isNotEmpty();
        assertThat(problems).as("files that neither read nor were rejected cleanly").isEmpty();
    }

    private interface Read {
        /** Reads the file and says which reader did. */
        Class<?> run() throws UnreadableFileException;
    }

    /** Records how {@code file} ended; returns the reader that read it completely, else null. */
    private static Class<?> outcome(Path file, String via, Read read, Map<String, Integer> outcomes, List<String> problems) {
        Class<?>[] readBy = {null};
        String result;
        try {
            result = assertTimeoutPreemptively(PER_FILE, () -> {
                try {
                    readBy[0] = read.run();
                    return "read";
                } catch (UnreadableFileException e) {
                    return "rejected " + e.reasonKey().replace("import.reason.", "");
                }
            }, () -> "no result within " + PER_FILE.toSeconds() + " s: " + file);
        } catch (Throwable t) {
            problems.add(via + " " + file.getFileName() + ": " + t);
            result = "PROBLEM";
        }
        outcomes.merge(via + " " + result, 1, Integer::sum);
        return readBy[0];
    }

    private static SpreadsheetReader byExtension(Path file) {
        return switch (SpreadsheetReaders.extension(file)) {
            case "xlsx", "xlsm", "xltx" -> new XlsxReader();
            case "xls" -> new XlsReader();
            case "csv", "tsv", "txt" -> new CsvReader();
            default -> null;
        };
    }
}
