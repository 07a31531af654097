package org.kenshu.cli;

import java.util.concurrent.Callable;
import org.kenshu.model.I18n;
import org.kenshu.service.Workspace;
import org.kenshu.service.imports.ImportUndoException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kenshu import undo BATCH}: undoes a committed import completely (exit 1 when refused, saying why). */
@Command(name = "undo", mixinStandardHelpOptions = true, resourceBundle = "org.kenshu.cli")
final class ImportUndoCommand implements Callable<Integer> {
    @ParentCommand
    ImportCommand importCommand;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "BATCH", descriptionKey = "import.batch")
    long batchId;

    @Override
    public Integer call() {
        try (Workspace ws = importCommand.parent.open()) {
            try {
                ws.services().imports.undo(batchId);
            } catch (ImportUndoException e) {
                spec.commandLine().getErr().println(e.getMessage());
                spec.commandLine().getErr().flush();
                return 1;
            }
            spec.commandLine().getOut().println(I18n.t("cli.import.undone", batchId));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
