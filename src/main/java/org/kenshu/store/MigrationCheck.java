package org.kenshu.store;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A quick look at whether a database already has exactly the migrations this version bundles, all
 * successful: then opening skips Flyway, which takes a second or more of a command's start-up (the CLI
 * exports of issue 7 have a 3-second budget). Anything else — a missing, failed or unknown migration, or
 * a history that cannot be read — answers false and opening takes Flyway's full path as before.
 */
final class MigrationCheck {
    private static final String FOLDER = "db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9_.]*)__.*\\.sql");

    private MigrationCheck() {
    }

    static boolean upToDate(Connection connection) {
        Set<String> bundled = bundledVersions();
        if (bundled.isEmpty()) {
            return false;
        }
        Set<String> applied = new HashSet<>();
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                        + " WHERE \"version\" IS NOT NULL")) {
            while (r.next()) {
                if (!r.getBoolean(2)) {
                    return false;
                }
                applied.add(r.getString(1));
            }
        } catch (SQLException e) {
            return false;
        }
        return applied.equals(bundled);
    }

    /** Versions of the migrations on the class path, as Flyway records them (V4_1 → 4.1). */
    static Set<String> bundledVersions() {
        Set<String> versions = new HashSet<>();
        try {
            for (URL url : Collections.list(MigrationCheck.class.getClassLoader().getResources(FOLDER))) {
                for (String name : names(url)) {
                    Matcher m = VERSIONED.matcher(name);
                    if (m.matches()) {
                        versions.add(m.group(1).replace('_', '.'));
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Set.of();
        }
        return versions;
    }

    private static Set<String> names(URL url) throws IOException, URISyntaxException {
        Set<String> names = new HashSet<>();
        if ("jar".equals(url.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                for (JarEntry e : Collections.list(jar.entries())) {
                    if (e.getName().startsWith(FOLDER + "/")) {
                        names.add(e.getName().substring(FOLDER.length() + 1));
                    }
                }
            }
        } else if ("file".equals(url.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                files.forEach(f -> names.add(f.getFileName().toString()));
            }
        }
        return names;
    }
}
