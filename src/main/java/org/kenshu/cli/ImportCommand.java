package org.kenshu.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kenshu import staff|plan|nominations|attendance FILE…}, {@code import list} and
 * {@code import undo BATCH}. Without a subcommand it prints its usage (exit 2).
 */
@Command(name = "import", mixinStandardHelpOptions = true, resourceBundle = "org.kenshu.cli", sortOptions = false,
        subcommands = {ImportStaffCommand.class, ImportPlanCommand.class, ImportNominationsCommand.class,
            ImportAttendanceCommand.class, ImportListCommand.class, ImportUndoCommand.class})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    KenshuCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
