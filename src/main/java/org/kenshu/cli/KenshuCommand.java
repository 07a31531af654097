package org.kenshu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kenshu.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kenshu [--db DIR] COMMAND}: without a command, the window opens. */
@Command(name = "kenshu", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "org.kenshu.cli", sortOptions = false,
        subcommands = {InfoCommand.class, InitCommand.class, LoadSampleCommand.class, ImportCommand.class,
                PlanCommand.class, KpiCommand.class, ExportCommand.class})
public final class KenshuCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--db", paramLabel = "DIR", descriptionKey = "db")
    Path db;

    public KenshuCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return context.window().apply(db);
    }

    /** Opens the data folder named by {@code --db} (or the default one). */
    Workspace open() {
        return context.opener().apply(db);
    }

    /** Opens the data folder for an import (see {@link CliContext#importOpener()}). */
    Workspace openForImport() {
        return context.importOpener().apply(db);
    }
}
