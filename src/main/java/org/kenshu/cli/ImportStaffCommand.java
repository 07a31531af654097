package org.kenshu.cli;

import java.time.LocalDate;
import org.kenshu.model.ImportKind;
import org.kenshu.service.Workspace;
import org.kenshu.service.imports.ImportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kenshu import staff FILE… [--effective DATE] [--create-missing] [--mark-missing-as-left]}. */
@Command(name = "staff", mixinStandardHelpOptions = true, resourceBundle = "org.kenshu.cli", sortOptions = false)
final class ImportStaffCommand extends ImportFileCommand {
    @Option(names = "--effective", paramLabel = "DATE", descriptionKey = "import.effective",
            converter = DateConverter.class)
    LocalDate effective;

    @Option(names = "--create-missing", descriptionKey = "import.createMissing")
    boolean createMissing;

    @Option(names = "--mark-missing-as-left", descriptionKey = "import.markMissingAsLeft")
    boolean markMissingAsLeft;

    @Override
    ImportKind kind() {
        return ImportKind.STAFF;
    }

    @Override
    ImportOptions options(ImportOptions c, Workspace ws) {
        return new ImportOptions(c.dryRun(), c.skipInvalid(), c.onConflict(), null, effective, createMissing,
                markMissingAsLeft, null, false, null, null);
    }
}
