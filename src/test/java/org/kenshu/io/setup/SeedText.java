package org.kenshu.io.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * One source document of {@code ../shared/seeds} (folder in system property {@code kenshu.seeds}):
 * its lines as extracted (tab-separated table cells kept) and a normalised form for searching.
 *
 * <p>Normalising means NFKC (full-width → half-width; circled numbers ①… are kept), every kind of
 * whitespace removed (the extracted text breaks Japanese words with spaces: 「プレゼンテーション 能力」)
 * and the Latin middle dot 「·」 read as 「・」. Nothing else is changed.
 */
final class SeedText {
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    final List<String> lines;
    final String normalised;

    private SeedText(String raw) {
        this.lines = List.of(raw.split("\r?\n", -1));
        this.normalised = norm(raw);
    }

    /** The seed whose opening names {@code city}; skips the calling test when the seeds folder is absent. */
    static SeedText of(String city) {
        String folder = System.getProperty("kenshu.seeds");
        Assumptions.assumeTrue(folder != null && Files.isDirectory(Path.of(folder)),
                "seed documents not found (system property kenshu.seeds)");
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            List<Path> matches = files.filter(p -> p.toString().endsWith(".txt"))
                    .filter(p -> opening(p).contains(city)).toList();
            assertThat(matches).as("seed document of %s", city).hasSize(1);
            return new SeedText(Files.readString(matches.getFirst(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String opening(Path file) {
        try {
            String text = norm(Files.readString(file, StandardCharsets.UTF_8));
            return text.substring(0, Math.min(80, text.length()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String norm(String s) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isCircledNumber(s.charAt(i))) {
                out.append(Normalizer.normalize(s.substring(from, i), Normalizer.Form.NFKC)).append(s.charAt(i));
                from = i + 1;
            }
        }
        out.append(Normalizer.normalize(s.substring(from), Normalizer.Form.NFKC));
        return SPACES.matcher(out).replaceAll("").replace('·', '・');
    }

    /** ①…⑳ number list items; NFKC would turn them into plain digits, so they are kept. */
    private static boolean isCircledNumber(char c) {
        return c >= '\u2460' && c <= '\u2473';
    }

    /** The name occurs as written, allowing the document to omit or space out the 「・」 between titles. */
    boolean containsName(String name) {
        String[] parts = norm(name).split("・");
        String regex = String.join("・?", Arrays.stream(parts).map(Pattern::quote).toList());
        return Pattern.compile(regex).matcher(normalised).find();
    }

    /** Each 「・」-separated part of the name occurs somewhere (titles the preset groups from several rows). */
    boolean containsEachPart(String name) {
        return Arrays.stream(norm(name).split("・")).allMatch(normalised::contains);
    }

    /** Index of the first line at or after {@code from} whose normalised form starts with {@code prefix}. */
    int lineStartingWith(String prefix, int from) {
        String p = norm(prefix);
        for (int i = from; i < lines.size(); i++) {
            if (norm(lines.get(i)).startsWith(p)) {
                return i;
            }
        }
        throw new AssertionError("no line starting with " + prefix + " after line " + from);
    }

    /** Lines in [from, to) that contain a tab, split into cells (trailing empty cells kept). */
    List<List<String>> tableRows(int from, int to) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines.subList(from, to)) {
            if (line.contains("\t")) {
                rows.add(List.of(line.split("\t", -1)));
            }
        }
        return rows;
    }
}
