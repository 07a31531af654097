package org.kenshu.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A fresh database in a temporary folder with its repositories, for store and service tests. */
public final class TestStore implements AutoCloseable {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
    public final Database db;
    public final Repositories repos;

    public TestStore(Path dir) {
        db = Database.openEmbedded(new DataFolder(dir));
        repos = new Repositories(db.dsl(), CLOCK, "tester");
    }

    @Override
    public void close() {
        db.close();
    }
}
