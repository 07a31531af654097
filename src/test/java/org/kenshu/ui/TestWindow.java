package org.kenshu.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import javafx.stage.Stage;
import org.kenshu.io.sheet.SpreadsheetReaders;
import org.kenshu.service.Workspace;
import org.kenshu.store.TestStore;
import org.testfx.api.FxToolkit;

/** The whole window started on a data folder as the officer starts it (TestFX), one per test class. */
record TestWindow(Stage stage, KenshuApplication app) implements AutoCloseable {
    /** Opens a data folder the way the window does, on the tests' clock. */
    static Workspace open(Path folder) {
        return Workspace.open(folder, SpreadsheetReaders::read, TestStore.CLOCK);
    }

    static TestWindow start(Path dir) throws TimeoutException {
        return start(dir, TestWindow::open);
    }

    static TestWindow start(Path dir, Function<Path, Workspace> opener) throws TimeoutException {
        Stage stage = FxToolkit.registerPrimaryStage();
        var app = (KenshuApplication) FxToolkit.setupApplication(
                () -> new KenshuApplication(new Startup(dir, opener, TestStore.CLOCK)));
        return new TestWindow(stage, app);
    }

    @Override
    public void close() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}
