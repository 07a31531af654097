package org.kenshu.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;
import javafx.application.Application;
import org.kenshu.service.Workspace;

/** Starts the JavaFX window and returns the process exit code when it closes (1 when the data could not be opened). */
public final class WindowLauncher {
    private static volatile Startup pending;
    private static volatile int exitCode;

    private WindowLauncher() {
    }

    public static int launch(Path folder, Function<Path, Workspace> opener) {
        pending = new Startup(folder, opener, Clock.systemDefaultZone());
        exitCode = 0;
        Application.launch(KenshuApplication.class);
        return exitCode;
    }

    static Startup pending() {
        return pending;
    }

    static void failed() {
        exitCode = 1;
    }
}
