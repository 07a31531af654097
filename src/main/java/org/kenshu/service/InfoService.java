package org.kenshu.service;

import java.util.Map;
import org.kenshu.store.Database;
import org.kenshu.store.Repositories;

/** What is in the database: schema version and row counts per table ({@code kenshu info}). */
public final class InfoService {
    private final Database db;
    private final Repositories repos;

    public InfoService(Database db, Repositories repos) {
        this.db = db;
        this.repos = repos;
    }

    public String schemaVersion() {
        return db.schemaVersion();
    }

    public String location() {
        return db.location();
    }

    public Map<String, Integer> counts() {
        return repos.counts.all();
    }
}
