package org.kenshu.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The schema version a fresh database reaches: the highest {@code V<version>__*.sql} on the class path
 * (「V4_1」 is version 4.1), so tests need not change whenever an issue adds a migration.
 */
public final class Migrations {
    private static final Pattern NAME = Pattern.compile("V([0-9]+(?:[._][0-9]+)*)__.*\\.sql");

    private Migrations() {
    }

    public static String latestVersion() {
        try (Stream<Path> files = Files.list(Path.of(Migrations.class.getResource("/db/migration").toURI()))) {
            return files.map(f -> NAME.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> m.group(1).replace('_', '.'))
                    .max(Comparator.comparing(v -> Arrays.stream(v.split("\\.")).mapToInt(Integer::parseInt).toArray(),
                            Arrays::compare))
                    .orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
