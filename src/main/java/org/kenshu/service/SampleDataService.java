package org.kenshu.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.kenshu.io.setup.SetupDocumentReader;
import org.kenshu.model.I18n;
import org.kenshu.model.ImportKind;
import org.kenshu.model.Progress;
import org.kenshu.service.imports.ImportOptions;
import org.kenshu.service.imports.ImportResult;
import org.kenshu.service.imports.ImportService;
import org.kenshu.store.Database;

/**
 * Loads the fictional sample city (bundled from {@code sample-data/}) through the same services the
 * officer's own files go through: the setup document, then rosters, plans, nominations and
 * attendance as imports, in the order {@code load-order.txt} gives — all in one transaction.
 */
public final class SampleDataService {
    static final String ROOT = "/sample-data/";
    private final Database db;
    private final SetupService setup;
    private final ImportService imports;

    public SampleDataService(Database db, SetupService setup, ImportService imports) {
        this.db = db;
        this.setup = setup;
        this.imports = imports;
    }

    /** Loads the sample city into an empty database; refuses one that already holds staff. */
    public void load(Progress progress) {
        if (setup.hasStaff()) {
            throw new SampleDataException(I18n.t("sample.notEmpty"));
        }
        Path dir = extract();
        try {
            db.inTransaction(() -> {
                List<Step> steps = steps();
                int done = 0;
                for (Step step : steps) {
                    progress.checkCancelled();
                    progress.update(done++, steps.size(), step.path());
                    run(step, dir, progress);
                }
            });
        } finally {
            delete(dir);
        }
    }

    private void run(Step step, Path dir, Progress progress) {
        Path file = dir.resolve(step.path());
        if (step.kind().equals("setup")) {
            setup.apply(new SetupDocumentReader().read(file), "sample");
            return;
        }
        List<Path> files = Files.isDirectory(file) ? list(file) : List.of(file);
        ImportOptions options = ImportOptions.defaults();
        for (String option : step.options()) {
            String[] kv = option.split("=", 2);
            options = switch (kv[0]) {
                case "effective" -> options.withEffectiveDate(LocalDate.parse(kv[1]));
                case "fy" -> options.withFiscalYear(Integer.valueOf(kv[1]));
                default -> throw new IllegalArgumentException("load-order.txt: " + option);
            };
        }
        ImportResult result = imports.run(ImportKind.valueOf(step.kind().toUpperCase(java.util.Locale.ROOT)), files,
                options, progress);
        if (!result.accepted()) {
            String first = result.errors().isEmpty() ? result.conflicts().toString()
                    : result.errors().getFirst().toString();
            throw new SampleDataException(I18n.t("sample.failed", step.path(), first));
        }
    }

    record Step(String kind, String path, List<String> options) {
    }

    /** Lines of {@code load-order.txt}: {@code kind path [key=value…]}; # starts a comment. */
    static List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        try (InputStream in = resource("load-order.txt");
                var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null;) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split("\\s+");
                steps.add(new Step(parts[0], parts[1], List.of(parts).subList(2, parts.length)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return steps;
    }

    /** Copies the bundled files to a temporary folder (readers need files; the app may run from a jar). */
    private static Path extract() {
        try {
            Path dir = Files.createTempDirectory("kenshu-sample");
            try (InputStream in = resource("files.txt");
                    var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String name; (name = lines.readLine()) != null;) {
                    if (name.isBlank()) {
                        continue;
                    }
                    Path target = dir.resolve(name.strip());
                    Files.createDirectories(target.getParent());
                    try (InputStream file = resource(name.strip())) {
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SampleDataService.class.getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new IOException("missing bundled sample file " + name);
        }
        return in;
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary copy of fictional data does no harm
        }
    }

    /** The sample city cannot be loaded; the message says why. */
    public static final class SampleDataException extends RuntimeException {
        public SampleDataException(String message) {
            super(message);
        }
    }
}
