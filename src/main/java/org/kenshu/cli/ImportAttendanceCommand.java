package org.kenshu.cli;

import org.kenshu.model.AttendanceMark;
import org.kenshu.model.ImportKind;
import org.kenshu.service.Workspace;
import org.kenshu.service.imports.ImportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kenshu import attendance FILE… [--create-missing-sessions] [--fy YEAR] [--triangle MARK]}.
 * Without {@code --triangle}, △ means what the officer last chose in the window.
 */
@Command(name = "attendance", mixinStandardHelpOptions = true, resourceBundle = "org.kenshu.cli", sortOptions = false)
final class ImportAttendanceCommand extends ImportFileCommand {
    @Option(names = "--create-missing-sessions", descriptionKey = "import.createMissingSessions")
    boolean createMissingSessions;

    @Option(names = "--fy", paramLabel = "YEAR", descriptionKey = "import.fy", converter = FiscalYearConverter.class)
    Integer fiscalYear;

    @Option(names = "--triangle", paramLabel = "present|absent|late|left-early", descriptionKey = "import.triangle",
            converter = MarkConverter.class)
    AttendanceMark triangle;

    @Override
    ImportKind kind() {
        return ImportKind.ATTENDANCE;
    }

    @Override
    ImportOptions options(ImportOptions c, Workspace ws) {
        AttendanceMark meaning = triangle != null ? triangle : ws.services().imports.rememberedTriangle().orElse(null);
        return new ImportOptions(c.dryRun(), c.skipInvalid(), c.onConflict(), null, null, false, false, fiscalYear,
                createMissingSessions, meaning, null);
    }
}
