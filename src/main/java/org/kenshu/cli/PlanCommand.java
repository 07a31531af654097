package org.kenshu.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code kenshu plan …}: the annual plan's commands. */
@Command(name = "plan", mixinStandardHelpOptions = true, resourceBundle = "org.kenshu.cli",
        subcommands = {PlanTargetsCommand.class})
final class PlanCommand {
    @ParentCommand
    KenshuCommand parent;
}
