package org.kenshu.service.imports;

import java.util.ArrayList;
import java.util.List;

/** Errors, warnings and conflicts found while reading; lists are capped so a broken million-row file stays small. */
public final class Problems {
    static final int MAX_LISTED = 1000;
    private final List<ImportProblem> errors = new ArrayList<>();
    private final List<ImportProblem> warnings = new ArrayList<>();
    private final List<Conflict> conflicts = new ArrayList<>();
    private final java.util.Set<String> conflictKeys = new java.util.HashSet<>();
    private int errorCount;
    private int warningCount;
    private int undecidedConflicts;

    public void error(String file, String sheet, int row, String column, String message) {
        error(new ImportProblem(file, sheet, row, column, message, List.of()));
    }

    public void error(ImportProblem problem) {
        errorCount++;
        if (errors.size() < MAX_LISTED) {
            errors.add(problem);
        }
    }

    /** The list is full: further errors are only counted (a file of wrong rows must not cost a message each). */
    boolean errorsFull() {
        return errors.size() >= MAX_LISTED;
    }

    boolean warningsFull() {
        return warnings.size() >= MAX_LISTED;
    }

    void countWarning() {
        warningCount++;
    }

    /** Counts an error that is not listed. */
    void countError() {
        errorCount++;
    }

    public void warning(String file, String sheet, int row, String column, String message) {
        warningCount++;
        if (warnings.size() < MAX_LISTED) {
            warnings.add(new ImportProblem(file, sheet, row, column, message, List.of()));
        }
    }

    /** Records a conflict; {@code undecided} when neither a decision nor the policy settles it. */
    public void conflict(Conflict conflict, boolean undecided) {
        // Two rows of one course that both differ from the catalog in the same way: one decision.
        if (!conflictKeys.add(conflict.key() + "\u0000" + conflict.incoming())) {
            return;
        }
        if (undecided) {
            undecidedConflicts++;
        }
        if (conflicts.size() < MAX_LISTED) {
            conflicts.add(conflict);
        }
    }

    public List<ImportProblem> errors() {
        return errors;
    }

    public List<ImportProblem> warnings() {
        return warnings;
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }

    public int errorCount() {
        return errorCount;
    }

    public int warningCount() {
        return warningCount;
    }

    public int undecidedConflicts() {
        return undecidedConflicts;
    }
}
