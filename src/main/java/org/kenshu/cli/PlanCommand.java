package org.kenshu.cli;

import java.util.concurrent.Callable;
import org.kenshu.model.I18n;
import org.kenshu.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kenshu plan …}: the annual plan from the command line. */
@Command(name = "plan", mixinStandardHelpOptions = true, resourceBundle = "org.kenshu.cli",
        subcommands = {PlanCopyCommand.class, PlanCheckCommand.class, PlanTargetsCommand.class})
final class PlanCommand implements Callable<Integer> {
    @ParentCommand
    KenshuCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), I18n.t("cli.plan.subcommandRequired"));
    }

    Workspace open() {
        return parent.open();
    }
}
