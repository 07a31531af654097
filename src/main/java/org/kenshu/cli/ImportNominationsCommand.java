package org.kenshu.cli;

import org.kenshu.model.ImportKind;
import org.kenshu.service.Workspace;
import org.kenshu.service.imports.ImportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kenshu import nominations FILE… [--fy YEAR]}. */
@Command(name = "nominations", mixinStandardHelpOptions = true, resourceBundle = "org.kenshu.cli", sortOptions = false)
final class ImportNominationsCommand extends ImportFileCommand {
    @Option(names = "--fy", paramLabel = "YEAR", descriptionKey = "import.fy", converter = FiscalYearConverter.class)
    Integer fiscalYear;

    @Override
    ImportKind kind() {
        return ImportKind.NOMINATIONS;
    }

    @Override
    ImportOptions options(ImportOptions c, Workspace ws) {
        return c.withFiscalYear(fiscalYear);
    }
}
