package org.kenshu.service;

import java.nio.file.Path;
import java.time.Clock;
import org.kenshu.io.sheet.SpreadsheetReader;
import org.kenshu.model.I18n;
import org.kenshu.store.DataFolder;
import org.kenshu.store.Database;
import org.kenshu.store.StoreException;

/**
 * An open data folder: the database in it and the services over it. Opening failures become a
 * {@link WorkspaceException} whose message is the one line the officer reads.
 */
public final class Workspace implements AutoCloseable {
    private final DataFolder folder;
    private final Database db;
    private final Services services;

    private Workspace(DataFolder folder, Database db, Services services) {
        this.folder = folder;
        this.db = db;
        this.services = services;
    }

    /** Opens {@code dataFolder} (created when missing) and migrates its database. */
    public static Workspace open(Path dataFolder, SpreadsheetReader reader, Clock clock) {
        return open(dataFolder, reader, clock, true);
    }

    /**
     * Opens {@code dataFolder} for one command-line import: closing leaves shrinking the file to the
     * next close (see {@link Database#openEmbedded(DataFolder, boolean)}), so the import's process
     * ends as soon as the data are safely written.
     */
    public static Workspace openForImport(Path dataFolder, SpreadsheetReader reader, Clock clock) {
        return open(dataFolder, reader, clock, false);
    }

    private static Workspace open(Path dataFolder, SpreadsheetReader reader, Clock clock, boolean compactOnClose) {
        DataFolder folder = new DataFolder(dataFolder);
        try {
            Database db = Database.openEmbedded(folder, compactOnClose);
            return new Workspace(folder, db, new Services(db, reader, clock, osUser()));
        } catch (StoreException e) {
            String key = switch (e.problem()) {
                case LOCKED -> "store.locked";
                case NEWER_SCHEMA -> "store.newerSchema";
                case UNWRITABLE -> "store.unwritable";
                case CORRUPT -> "store.corrupt";
            };
            throw new WorkspaceException(I18n.t(key, e.location()), e);
        }
    }

    /** The data folder {@code --db}, {@code KENSHU_HOME} or the OS names; nothing is opened. */
    public static Path resolveFolder(Path explicit) {
        return DataFolder.resolve(explicit).root();
    }

    static String osUser() {
        return System.getProperty("user.name", "");
    }

    public Services services() {
        return services;
    }

    public Path dataFolder() {
        return folder.root();
    }

    public Path logs() {
        return folder.logs();
    }

    @Override
    public void close() {
        db.close();
    }

    /** The data folder could not be opened; {@link #getMessage()} is a one-line Japanese message. */
    public static final class WorkspaceException extends RuntimeException {
        public WorkspaceException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
