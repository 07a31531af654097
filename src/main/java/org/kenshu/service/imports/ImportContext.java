package org.kenshu.service.imports;

import java.time.LocalDate;
import java.util.List;
import org.kenshu.model.FiscalYear;
import org.kenshu.model.I18n;
import org.kenshu.model.Organisation;
import org.kenshu.store.ImportJournal;
import org.kenshu.store.Repositories;

/** What every row of one import run needs: options, problems, counts, the journal and the stored data. */
final class ImportContext {
    final Repositories repos;
    final ImportOptions options;
    final Problems problems;
    final Counts counts = new Counts();
    final ImportJournal journal;
    final Organisation organisation;
    final LocalDate today;
    /** False once a file could not be read or had no header: whole-file checks then say nothing. */
    boolean everyFileRead = true;

    ImportContext(Repositories repos, ImportOptions options, Problems problems, ImportJournal journal,
            Organisation organisation, LocalDate today) {
        this.repos = repos;
        this.options = options;
        this.problems = problems;
        this.journal = journal;
        this.organisation = organisation;
        this.today = today;
    }

    long batchId() {
        return journal.batchId();
    }

    /** A date in messages as the organisation writes dates (令和8年5月12日). */
    String date(java.time.LocalDate d) {
        return org.kenshu.model.Wareki.longDate(d, organisation.eraDisplay());
    }

    /** A date in a conflict's subject or values (R8.5.12). */
    String shortDate(java.time.LocalDate d) {
        return d == null ? "" : org.kenshu.model.Wareki.shortDate(d, organisation.eraDisplay());
    }

    FiscalYear currentFiscalYear() {
        return FiscalYear.containing(today, organisation.fiscalYearStartMonth());
    }

    void error(ImportRow row, Column column, String key, Object... args) {
        error(row, column, List::of, key, args);
    }

    /** An error with the closest roster matches, which are only looked for while errors are still listed. */
    void error(ImportRow row, Column column, java.util.function.Supplier<List<String>> candidates, String key,
            Object... args) {
        if (problems.errorsFull()) {
            problems.countError();
            return;
        }
        problems.error(new ImportProblem(row.file(), row.sheet(), row.rowNumber(),
                column == null ? null : row.header(column), I18n.t(key, args), candidates.get()));
    }

    void warning(ImportRow row, Column column, String key, Object... args) {
        if (problems.warningsFull()) {
            problems.countWarning();
            return;
        }
        problems.warning(row.file(), row.sheet(), row.rowNumber(), column == null ? null : row.header(column),
                I18n.t(key, args));
    }

    /**
     * Whether to take the file's value over a different stored one: the officer's decision for
     * {@code key} if made, else the policy. Every conflict is listed; an undecided one under
     * {@link ConflictPolicy#REJECT} returns false and keeps the whole run from committing.
     */
    boolean overwrite(ImportRow row, Column column, String key, String subject, String stored, String incoming) {
        Boolean decision = options.decisions().get(key);
        boolean undecided = decision == null && options.onConflict() == ConflictPolicy.REJECT;
        problems.conflict(new Conflict(key, row.file(), row.sheet(), row.rowNumber(),
                column == null ? null : row.header(column), subject, stored, incoming), undecided);
        if (decision != null) {
            return decision;
        }
        return options.onConflict() == ConflictPolicy.OVERWRITE;
    }
}
