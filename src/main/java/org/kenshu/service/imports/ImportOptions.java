package org.kenshu.service.imports;

import java.time.LocalDate;
import java.util.Map;
import org.kenshu.model.AttendanceMark;

/**
 * How to run an import.
 *
 * @param dryRun                read, match and count, but write nothing
 * @param skipInvalid           commit the valid rows and list the rest
 * @param onConflict            default for conflicts without a decision
 * @param decisions             conflict key → true to take the file's value, false to keep the stored one
 * @param effectiveDate         roster: the date changes take effect (人事異動, usually 4/1); null = today
 * @param createMissing         roster: create unknown tiers and job categories
 * @param markMissingAsLeft     roster: staff absent from the file leave on the effective date
 * @param fiscalYear            plan (required), nominations and attendance: the fiscal year; null = from the file
 * @param createMissingSessions attendance: create a session for an unknown course date
 * @param triangle              attendance: what △ means (null = an error)
 * @param columnMapping         header text (as {@link Text#key}) → meaning chosen by hand; null = ignore the column
 */
public record ImportOptions(boolean dryRun, boolean skipInvalid, ConflictPolicy onConflict,
        Map<String, Boolean> decisions, LocalDate effectiveDate, boolean createMissing, boolean markMissingAsLeft,
        Integer fiscalYear, boolean createMissingSessions, AttendanceMark triangle, Map<String, Column> columnMapping) {

    public ImportOptions {
        onConflict = onConflict == null ? ConflictPolicy.REJECT : onConflict;
        decisions = decisions == null ? Map.of() : Map.copyOf(decisions);
        columnMapping = columnMapping == null ? Map.of() : new java.util.HashMap<>(columnMapping);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(false, false, ConflictPolicy.REJECT, Map.of(), null, false, false, null, false,
                null, Map.of());
    }

    public ImportOptions withDryRun(boolean value) {
        return new ImportOptions(value, skipInvalid, onConflict, decisions, effectiveDate, createMissing,
                markMissingAsLeft, fiscalYear, createMissingSessions, triangle, columnMapping);
    }

    public ImportOptions withFiscalYear(Integer value) {
        return new ImportOptions(dryRun, skipInvalid, onConflict, decisions, effectiveDate, createMissing,
                markMissingAsLeft, value, createMissingSessions, triangle, columnMapping);
    }

    public ImportOptions withEffectiveDate(LocalDate value) {
        return new ImportOptions(dryRun, skipInvalid, onConflict, decisions, value, createMissing,
                markMissingAsLeft, fiscalYear, createMissingSessions, triangle, columnMapping);
    }

    public ImportOptions withDecisions(Map<String, Boolean> value) {
        return new ImportOptions(dryRun, skipInvalid, onConflict, value, effectiveDate, createMissing,
                markMissingAsLeft, fiscalYear, createMissingSessions, triangle, columnMapping);
    }
}
