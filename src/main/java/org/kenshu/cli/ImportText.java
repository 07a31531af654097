package org.kenshu.cli;

import java.io.PrintWriter;
import java.util.List;
import org.kenshu.model.I18n;
import org.kenshu.service.imports.Conflict;
import org.kenshu.service.imports.ImportProblem;
import org.kenshu.service.imports.ImportResult;

/** The result of an import for a person at a terminal: outcome, counts, then every problem with its place. */
final class ImportText {
    private ImportText() {
    }

    static void print(ImportResult r, PrintWriter out) {
        String kind = I18n.label(r.kind());
        String outcome;
        if (r.dryRun()) {
            outcome = I18n.t(r.accepted() ? "cli.import.dryRunClean" : "cli.import.dryRunRejected");
        } else if (r.batchId() != null) {
            outcome = I18n.t(r.accepted() ? "cli.import.committed" : "cli.import.committedSkipping", r.batchId());
        } else {
            outcome = I18n.t(r.committed() ? "cli.import.nothingNew" : "cli.import.rejected");
        }
        out.println(I18n.t("cli.import.outcome", kind, outcome));
        out.println(I18n.t("cli.import.counts", r.rowsRead(), r.created(), r.updated(), r.unchanged(), r.skipped()));
        section(out, "cli.import.errors", r.errorCount(), r.errors());
        if (!r.conflicts().isEmpty()) {
            out.println(I18n.t("cli.import.conflicts", r.conflicts().size(), r.undecidedConflicts()));
            for (Conflict c : r.conflicts()) {
                out.println("  " + place(c.file(), c.sheet(), c.row(), c.column()) + I18n.t("cli.import.conflict",
                        c.subject(), c.stored(), c.incoming()));
            }
        }
        section(out, "cli.import.warnings", r.warningCount(), r.warnings());
    }

    private static void section(PrintWriter out, String key, int count, List<ImportProblem> listed) {
        if (count == 0) {
            return;
        }
        out.println(I18n.t(key, count));
        for (ImportProblem p : listed) {
            out.println("  " + place(p.file(), p.sheet(), p.row(), p.column()) + messageWithCandidates(p));
        }
        if (count > listed.size()) {
            out.println("  " + I18n.t("cli.import.more", count - listed.size()));
        }
    }

    /** 「名簿.xlsx［Sheet1］12行目「出欠」: 」 — only the parts the problem has. */
    static String place(String file, String sheet, int row, String column) {
        StringBuilder b = new StringBuilder();
        if (file != null) {
            b.append(file);
        }
        if (sheet != null && !sheet.equals(file)) {
            b.append("［").append(sheet).append("］");
        }
        if (row > 0) {
            b.append(I18n.t("cli.import.row", row));
        }
        if (column != null) {
            b.append("「").append(column).append("」");
        }
        return b.isEmpty() ? "" : b + ": ";
    }

    /** The message, followed by the closest roster matches when there are any. */
    static String messageWithCandidates(ImportProblem p) {
        return p.candidates().isEmpty() ? p.message()
                : p.message() + I18n.t("cli.import.candidates", String.join("、", p.candidates()));
    }
}
