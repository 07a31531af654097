package org.kenshu.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open database: a small connection pool, Flyway migrations applied on open, and one
 * {@link DSLContext} whose transactions are bound to the calling thread, so repositories
 * called inside {@link #inTransaction} take part in the same transaction.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** H2: "Database may be already in use" (another process holds the file lock). */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private final HikariDataSource dataSource;
    private final DSLContext dsl;
    /** Created when first needed: an up-to-date database is opened without loading Flyway. */
    private Flyway flyway;
    private final String location;

    private Database(HikariDataSource dataSource, SQLDialect dialect, String location) {
        this.dataSource = dataSource;
        this.location = location;
        var config = new DefaultConfiguration()
                .set(dialect)
                .set(new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER).withRenderSchema(false))
                .set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(dataSource), true));
        this.dsl = DSL.using(config);
    }

    private synchronized Flyway flyway() {
        if (flyway == null) {
            flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
        }
        return flyway;
    }

    static {
        // jOOQ prints a banner and tips at start-up otherwise.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    /** Opens (creating when missing) the embedded H2 database in {@code folder} and migrates it. */
    public static Database openEmbedded(DataFolder folder) {
        return openEmbedded(folder, true);
    }

    /**
     * Like {@link #openEmbedded(DataFolder)}; with {@code compactOnClose} false, closing skips H2's
     * file compaction (up to 200 ms by default, ~0.4 s after a 100,000-row import). Nothing is
     * less safe: the space is reclaimed by the next close that compacts.
     */
    public static Database openEmbedded(DataFolder folder, boolean compactOnClose) {
        ensureWritable(folder.root());
        String url = "jdbc:h2:file:" + folder.databasePathWithoutSuffix();
        boolean upToDate = false;
        if (java.nio.file.Files.exists(folder.databaseFile())) {
            upToDate = refuseIfNewer(url, folder.databaseFile());
        }
        HikariDataSource ds = pool(compactOnClose ? url : url + ";MAX_COMPACT_TIME=0", "sa", "", folder.databaseFile());
        Database db = new Database(ds, SQLDialect.H2, folder.databaseFile().toString());
        return upToDate ? db : migrated(db, folder.databaseFile());
    }

    /** Opens a shared PostgreSQL database (the same schema and migrations). */
    public static Database openPostgres(String jdbcUrl, String user, String password) {
        HikariDataSource ds = pool(jdbcUrl, user, password, Path.of(jdbcUrl));
        return migrated(new Database(ds, SQLDialect.POSTGRES, jdbcUrl), Path.of("postgresql"));
    }

    private static HikariDataSource pool(String url, String user, String password, Path location) {
        var config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setPoolName("kenshu");
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw classify(e, location);
        }
    }

    /**
     * Looks at an existing file read-only first: a database from a newer version, or a damaged one,
     * must be refused without a single byte written (opening read-write lets H2 touch the file).
     * Returns true when the database has exactly the migrations this program ships (nothing to
     * migrate, so Flyway need not be loaded at all).
     */
    private static boolean refuseIfNewer(String url, Path file) {
        var readOnly = new org.h2.jdbcx.JdbcDataSource();
        readOnly.setURL(url + ";ACCESS_MODE_DATA=r");
        readOnly.setUser("sa");
        try (var keepOpen = readOnly.getConnection()) {
            if (ShippedMigrations.matches(keepOpen)) {
                return true;
            }
            if (hasFutureMigrations(Flyway.configure().dataSource(readOnly).locations("classpath:db/migration").load())) {
                throw new StoreException(StoreException.Problem.NEWER_SCHEMA, file, null);
            }
            return false;
        } catch (SQLException | RuntimeException e) {
            if (e instanceof StoreException s) {
                throw s;
            }
            throw classify(e, file);
        }
    }

    private static boolean hasFutureMigrations(Flyway flyway) {
        return Arrays.stream(flyway.info().all()).map(MigrationInfo::getState)
                .anyMatch(s -> s == MigrationState.FUTURE_SUCCESS || s == MigrationState.FUTURE_FAILED);
    }

    private static Database migrated(Database db, Path location) {
        try {
            if (hasFutureMigrations(db.flyway())) {
                throw new StoreException(StoreException.Problem.NEWER_SCHEMA, location, null);
            }
            db.flyway().migrate();
            return db;
        } catch (StoreException e) {
            db.close();
            throw e;
        } catch (RuntimeException e) {
            db.close();
            throw classify(e, location);
        }
    }

    private static void ensureWritable(Path root) {
        try {
            Files.createDirectories(root);
            Path probe = Files.createTempFile(root, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            throw new StoreException(StoreException.Problem.UNWRITABLE, root, e);
        }
    }

    private static StoreException classify(Throwable failure, Path location) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return new StoreException(StoreException.Problem.LOCKED, location, failure);
            }
            if (t instanceof java.nio.file.AccessDeniedException) {
                return new StoreException(StoreException.Problem.UNWRITABLE, location, failure);
            }
        }
        LOG.warn("Opening the database failed", failure);
        return new StoreException(StoreException.Problem.CORRUPT, location, failure);
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public SQLDialect dialect() {
        return dsl.dialect();
    }

    /** Where the data lives (file path or JDBC URL), for the status bar and {@code info}. */
    public String location() {
        return location;
    }

    /** The applied schema version ("1", "2" …). */
    public String schemaVersion() {
        MigrationInfo current = flyway().info().current();
        return current == null ? "0" : current.getVersion().getVersion();
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    public <T> T inTransaction(Supplier<T> work) {
        return dsl.transactionResult(work::get);
    }

    public void inTransaction(Runnable work) {
        dsl.transaction(work::run);
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
