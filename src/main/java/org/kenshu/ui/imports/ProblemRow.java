package org.kenshu.ui.imports;

import java.util.List;
import org.kenshu.model.I18n;
import org.kenshu.service.imports.ImportProblem;

/** One line of the preview's problem table: an error or a warning with its place and the closest roster matches. */
public record ProblemRow(boolean error, String file, String sheet, String row, String column, String message,
        String candidates) {

    static ProblemRow of(ImportProblem p, boolean error) {
        String sheet = p.sheet() == null || p.sheet().equals(p.file()) ? "" : p.sheet();
        return new ProblemRow(error, p.file() == null ? I18n.t("imports.wizard.wholeImport") : p.file(), sheet,
                p.row() > 0 ? Integer.toString(p.row()) : "", p.column() == null ? "" : p.column(), p.message(),
                String.join("、", p.candidates()));
    }

    /** 「誤り」 or 「注意」. */
    public String severity() {
        return I18n.t(error ? "imports.wizard.error" : "imports.wizard.warning");
    }

    static List<ProblemRow> of(List<ImportProblem> errors, List<ImportProblem> warnings) {
        var rows = new java.util.ArrayList<ProblemRow>();
        errors.forEach(p -> rows.add(of(p, true)));
        warnings.forEach(p -> rows.add(of(p, false)));
        return rows;
    }
}
