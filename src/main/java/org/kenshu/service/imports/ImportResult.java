package org.kenshu.service.imports;

import java.util.List;
import org.kenshu.model.ImportKind;

/**
 * The outcome of an import, in the shape {@code kenshu import … --json} prints.
 * {@code rowsRead} counts data rows (not header, title, blank, note or totals rows);
 * {@code created}/{@code updated}/{@code unchanged} count stored records of the kind's own
 * record type (staff, sessions, enrollments or attendance days); {@code skipped} counts rows left
 * out because they were invalid ({@code --skip-invalid}) or their conflict was kept.
 */
public record ImportResult(ImportKind kind, boolean committed, boolean dryRun, String batchId, int rowsRead,
        int created, int updated, int unchanged, int skipped, List<Conflict> conflicts, List<ImportProblem> errors,
        List<ImportProblem> warnings, int errorCount, int warningCount, int undecidedConflicts,
        List<SheetSummary> sheets) {

    /** Nothing was rejected: every row was taken (committed, or would be in a dry run). Exit code 0. */
    public boolean accepted() {
        return errorCount == 0 && undecidedConflicts == 0 && (committed || dryRun);
    }
}
