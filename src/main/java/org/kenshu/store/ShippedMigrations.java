package org.kenshu.store;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A quick look at whether a database already has exactly the migrations this program ships, so
 * that opening an up-to-date database does not start Flyway at all (loading it costs about half a
 * second of every CLI command). Anything unusual — a version this program does not know (a newer
 * database), a failed migration, a pending one, migrations that cannot be listed — answers "no",
 * and the full Flyway path decides as before.
 */
final class ShippedMigrations {
    private static final String FOLDER = "db/migration/";
    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9_.]*)__.+\\.sql");

    private ShippedMigrations() {
    }

    /** True when the schema history lists exactly the shipped versions, all successful. */
    static boolean matches(Connection c) {
        Optional<Set<String>> shipped = shipped();
        if (shipped.isEmpty()) {
            return false;
        }
        Set<String> applied = new HashSet<>();
        try (var s = c.createStatement();
                var r = s.executeQuery("select \"version\", \"success\" from \"flyway_schema_history\"")) {
            while (r.next()) {
                if (!r.getBoolean(2)) {
                    return false;
                }
                if (r.getString(1) != null) {
                    applied.add(r.getString(1));
                }
            }
        } catch (SQLException e) {
            return false; // no history table (a new or foreign database): Flyway decides
        }
        return applied.equals(shipped.get());
    }

    /** The versions of the migrations on the class path (V3_1__x.sql → "3.1"), or empty when they cannot be listed. */
    static Optional<Set<String>> shipped() {
        URL first = ShippedMigrations.class.getClassLoader().getResource(FOLDER + "V1__data_model.sql");
        if (first == null) {
            return Optional.empty();
        }
        Set<String> versions = new HashSet<>();
        try {
            if ("jar".equals(first.getProtocol())) {
                var jar = ((JarURLConnection) first.openConnection()).getJarFile();
                jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(FOLDER))
                        .forEach(n -> version(n.substring(FOLDER.length())).ifPresent(versions::add));
            } else if ("file".equals(first.getProtocol())) {
                try (Stream<Path> files = Files.list(Path.of(first.toURI()).getParent())) {
                    files.forEach(p -> version(p.getFileName().toString()).ifPresent(versions::add));
                }
            } else {
                return Optional.empty();
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions);
    }

    /** Flyway's version of a file name: V3_1__x.sql → "3.1". */
    static Optional<String> version(String fileName) {
        Matcher m = VERSIONED.matcher(fileName);
        return m.matches() ? Optional.of(m.group(1).replace('_', '.')) : Optional.empty();
    }
}
