package org.kenshu.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void opensAnEmptyFolderAndAppliesEveryMigration() {
        try (Database db = Database.openEmbedded(new DataFolder(dir.resolve("data")))) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(new TableCounts(db.dsl()).all()).containsEntry("staff", 0).containsKey("attendance");
        }
        assertThat(dir.resolve("data/kenshu.mv.db")).exists();
    }

    @Test
    void aSecondProcessOnTheSameFileIsToldItIsInUse() throws Exception {
        DataFolder folder = new DataFolder(dir);
        try (Database first = Database.openEmbedded(folder)) {
            Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), OpenOnce.class.getName(), dir.toString())
                    .redirectErrorStream(true).start();
            String output = new String(other.getInputStream().readAllBytes());
            assertThat(other.waitFor()).isEqualTo(3);
            assertThat(output).contains("LOCKED");
        }
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedAndLeftUntouched() throws Exception {
        DataFolder folder = new DataFolder(dir);
        try (Database db = Database.openEmbedded(folder)) {
            db.dsl().execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'sa', 0, TRUE)");
        }
        String before = hash(folder.databaseFile());
        assertThatThrownBy(() -> Database.openEmbedded(folder))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.NEWER_SCHEMA));
        assertThat(hash(folder.databaseFile())).isEqualTo(before);
    }

    @Test
    void aFolderThatCannotBeCreatedIsReportedAsUnwritable() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        assertThatThrownBy(() -> Database.openEmbedded(new DataFolder(file.resolve("data"))))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.UNWRITABLE));
    }

    @Test
    void aCorruptFileIsRefusedAndLeftUntouched() throws Exception {
        DataFolder folder = new DataFolder(dir);
        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(7).nextBytes(garbage);
        Files.write(folder.databaseFile(), garbage);
        String before = hash(folder.databaseFile());
        assertThatThrownBy(() -> Database.openEmbedded(folder))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.CORRUPT));
        assertThat(hash(folder.databaseFile())).isEqualTo(before);
    }

    @Test
    void theDataFolderFollowsOptionThenEnvironmentThenOs() {
        Path home = Path.of("/home/officer");
        assertThat(DataFolder.resolve(Path.of("/tmp/x"), java.util.Map.of("KENSHU_HOME", "/y"), "Linux", home).root())
                .isEqualTo(Path.of("/tmp/x"));
        assertThat(DataFolder.resolve(null, java.util.Map.of("KENSHU_HOME", "/y"), "Linux", home).root())
                .isEqualTo(Path.of("/y"));
        assertThat(DataFolder.resolve(null, java.util.Map.of(), "Linux", home).root())
                .isEqualTo(Path.of("/home/officer/.local/share/kenshu"));
        assertThat(DataFolder.resolve(null, java.util.Map.of("XDG_DATA_HOME", "/xdg"), "Linux", home).root())
                .isEqualTo(Path.of("/xdg/kenshu"));
        assertThat(DataFolder.resolve(null, java.util.Map.of(), "Mac OS X", home).root())
                .isEqualTo(Path.of("/home/officer/Library/Application Support/Kenshu"));
        assertThat(DataFolder.resolve(null, java.util.Map.of("APPDATA", "/c/Users/o/AppData/Roaming"), "Windows 11",
                home).root()).isEqualTo(Path.of("/c/Users/o/AppData/Roaming/Kenshu"));
    }

    private static String hash(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** Run in a child process: opens the folder and exits 3 with the problem's name when refused. */
    public static final class OpenOnce {
        public static void main(String[] args) {
            try (Database db = Database.openEmbedded(new DataFolder(Path.of(args[0])))) {
                System.exit(0);
            } catch (StoreException e) {
                System.err.println(e.problem());
                System.exit(3);
            }
        }
    }
}
