package org.kenshu.service.reports;

import java.nio.file.Path;
import org.kenshu.io.sheet.SpreadsheetReaders;
import org.kenshu.model.Progress;
import org.kenshu.service.Services;
import org.kenshu.store.TestStore;

/** The sample city in a fresh database, with both the services and the repositories (for setting up cases). */
final class SampleCity implements AutoCloseable {
    final TestStore store;
    final Services services;

    SampleCity(Path dir) {
        store = new TestStore(dir);
        services = new Services(store.db, SpreadsheetReaders::read, TestStore.CLOCK, "tester");
        services.sample.load(Progress.NONE);
    }

    /** A database with only what a preset brings (no staff, no plan). */
    static SampleCity preset(Path dir, String preset) {
        return new SampleCity(dir, preset);
    }

    private SampleCity(Path dir, String preset) {
        store = new TestStore(dir);
        services = new Services(store.db, SpreadsheetReaders::read, TestStore.CLOCK, "tester");
        services.presets.apply(preset, null);
    }

    ExportService exports() {
        return services.exports;
    }

    @Override
    public void close() {
        store.close();
    }
}
