package org.kenshu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening skips Flyway only when the database holds exactly the bundled migrations, all successful. */
class MigrationCheckTest {
    @TempDir
    Path dir;

    @Test
    void theBundledMigrationsAreFoundOnTheClassPath() {
        assertThat(MigrationCheck.bundledVersions()).contains("1");
    }

    @Test
    void aMigratedDatabaseIsUpToDateAndOneWithAnUnknownOrFailedMigrationIsNot() throws Exception {
        DataFolder folder = new DataFolder(dir);
        try (Database db = Database.openEmbedded(folder)) {
            try (var c = db.dataSource().getConnection()) {
                assertThat(MigrationCheck.upToDate(c)).isTrue();
            }
            db.dsl().execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (98, '98', 'half done', 'SQL', 'V98__half.sql', 0, 'sa', 0, FALSE)");
            try (var c = db.dataSource().getConnection()) {
                assertThat(MigrationCheck.upToDate(c)).isFalse();
            }
        }
    }

    @Test
    void aDatabaseOpenedTwiceStillWorksAndReportsItsSchemaVersion() {
        DataFolder folder = new DataFolder(dir);
        try (Database db = Database.openEmbedded(folder)) {
            assertThat(db.schemaVersion()).isNotEqualTo("0");
        }
        try (Database db = Database.openEmbedded(folder)) {
            assertThat(db.dsl().fetchCount(org.kenshu.store.jooq.Tables.STAFF)).isZero();
            assertThat(db.schemaVersion()).isNotEqualTo("0");
        }
    }
}
