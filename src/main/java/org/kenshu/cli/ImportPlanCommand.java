package org.kenshu.cli;

import org.kenshu.model.ImportKind;
import org.kenshu.service.Workspace;
import org.kenshu.service.imports.ImportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kenshu import plan FILE… --fy YEAR}. */
@Command(name = "plan", mixinStandardHelpOptions = true, resourceBundle = "org.kenshu.cli", sortOptions = false)
final class ImportPlanCommand extends ImportFileCommand {
    @Option(names = "--fy", paramLabel = "YEAR", required = true, descriptionKey = "import.fyPlan",
            converter = FiscalYearConverter.class)
    Integer fiscalYear;

    @Override
    ImportKind kind() {
        return ImportKind.PLAN;
    }

    @Override
    ImportOptions options(ImportOptions c, Workspace ws) {
        return c.withFiscalYear(fiscalYear);
    }
}
