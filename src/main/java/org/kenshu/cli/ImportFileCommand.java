package org.kenshu.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.kenshu.model.I18n;
import org.kenshu.model.ImportKind;
import org.kenshu.model.Progress;
import org.kenshu.service.Workspace;
import org.kenshu.service.imports.ConflictPolicy;
import org.kenshu.service.imports.ImportOptions;
import org.kenshu.service.imports.ImportResult;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the four {@code import KIND FILE…} commands share: the files, {@code --dry-run},
 * {@code --skip-invalid}, {@code --on-conflict}, {@code --json}; running the pipeline, printing the
 * result and the exit code (0 committed or a clean dry run, 1 anything rejected).
 */
abstract class ImportFileCommand implements Callable<Integer> {
    @ParentCommand
    ImportCommand importCommand;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "import.files")
    List<Path> files;

    @Option(names = "--dry-run", descriptionKey = "import.dryRun")
    boolean dryRun;

    @Option(names = "--skip-invalid", descriptionKey = "import.skipInvalid")
    boolean skipInvalid;

    @Option(names = "--on-conflict", paramLabel = "reject|keep|overwrite", descriptionKey = "import.onConflict",
            converter = ConflictPolicyConverter.class)
    ConflictPolicy onConflict = ConflictPolicy.REJECT;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    /** Which kind of file this command reads. */
    abstract ImportKind kind();

    /** The kind's own options on top of the common ones. */
    abstract ImportOptions options(ImportOptions common, Workspace ws);

    @Override
    public Integer call() throws Exception {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new ParameterException(spec.commandLine(), I18n.t("cli.import.noFile", f));
            }
        }
        try (Workspace ws = importCommand.parent.openForImport()) {
            ImportOptions common = new ImportOptions(dryRun, skipInvalid, onConflict, null, null, false, false, null,
                    false, null, null);
            Progress progress = json ? Progress.NONE : ConsoleProgress.forStderr(spec.commandLine().getErr());
            ImportResult result = ws.services().imports.run(kind(), files, options(common, ws), progress);
            ConsoleProgress.done(progress);
            var out = spec.commandLine().getOut();
            if (json) {
                out.println(ImportJson.write(result));
            } else {
                ImportText.print(result, out);
            }
            out.flush();
            return result.accepted() ? 0 : 1;
        }
    }
}
