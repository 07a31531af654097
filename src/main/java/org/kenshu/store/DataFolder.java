package org.kenshu.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The folder that holds the database, backups and logs: {@code --db DIR}, else {@code KENSHU_HOME},
 * else the OS's place for application data (Windows {@code %APPDATA%\Kenshu}, macOS
 * {@code ~/Library/Application Support/Kenshu}, Linux {@code $XDG_DATA_HOME/kenshu}).
 */
public record DataFolder(Path root) {
    static final String DATABASE_NAME = "kenshu";

    public DataFolder {
        root = root.toAbsolutePath().normalize();
    }

    /** Resolves the folder from an explicit option (may be null), the environment and the OS. */
    public static DataFolder resolve(Path explicit, Map<String, String> env, String osName, Path userHome) {
        if (explicit != null) {
            return new DataFolder(explicit);
        }
        String home = env.get("KENSHU_HOME");
        if (home != null && !home.isBlank()) {
            return new DataFolder(Path.of(home));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : userHome.resolve("AppData/Roaming");
            return new DataFolder(base.resolve("Kenshu"));
        }
        if (os.contains("mac")) {
            return new DataFolder(userHome.resolve("Library/Application Support/Kenshu"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local/share");
        return new DataFolder(base.resolve("kenshu"));
    }

    public static DataFolder resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    /** The H2 database file ({@code kenshu.mv.db}). */
    public Path databaseFile() {
        return root.resolve(DATABASE_NAME + ".mv.db");
    }

    Path databasePathWithoutSuffix() {
        return root.resolve(DATABASE_NAME);
    }

    public Path backups() {
        return root.resolve("backups");
    }

    public Path logs() {
        return root.resolve("logs");
    }
}
