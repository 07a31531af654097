package org.kenshu.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;
import org.kenshu.service.Workspace;

/** What the window needs to start: the data folder and how to open it. */
public record Startup(Path folder, Function<Path, Workspace> opener, Clock clock) {
}
