package org.kenshu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shortcut that opens an up-to-date database without Flyway answers "yes" only for exactly the shipped history. */
class ShippedMigrationsTest {
    @TempDir
    Path dir;

    @Test
    void fileNamesGiveFlywayVersions() {
        assertThat(ShippedMigrations.version("V1__data_model.sql")).contains("1");
        assertThat(ShippedMigrations.version("V3_1__triangle.sql")).contains("3.1");
        assertThat(ShippedMigrations.version("R__view.sql")).isEmpty();
        assertThat(ShippedMigrations.shipped()).hasValueSatisfying(v -> assertThat(v).contains("1"));
    }

    @Test
    void aMigratedDatabaseMatchesAndOneWithAForeignVersionDoesNot() throws Exception {
        try (Database db = Database.openEmbedded(new DataFolder(dir))) {
            try (var c = db.dataSource().getConnection()) {
                assertThat(ShippedMigrations.matches(c)).isTrue();
                c.createStatement().execute("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                        + "\"description\", \"type\", \"script\", \"installed_by\", \"execution_time\", \"success\") "
                        + "values (99, '999', 'future', 'SQL', 'V999__future.sql', 'sa', 1, true)");
                assertThat(ShippedMigrations.matches(c)).isFalse();
            }
        }
    }
}
