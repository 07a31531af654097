package org.kenshu.cli;

import java.nio.file.Path;
import java.util.function.Function;
import org.kenshu.service.Workspace;

/**
 * What commands need from the application: how to open a data folder ({@code null} = the default
 * one), for an import and for anything else, and how to run the window on one (returning the exit
 * code when it closes).
 */
public record CliContext(Function<Path, Workspace> opener, Function<Path, Workspace> importOpener,
        Function<Path, Integer> window) {
    /** Imports open their folder like every other command. */
    public CliContext(Function<Path, Workspace> opener, Function<Path, Integer> window) {
        this(opener, opener, window);
    }
}
