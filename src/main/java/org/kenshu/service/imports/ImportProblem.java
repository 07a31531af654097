package org.kenshu.service.imports;

import java.util.List;

/**
 * An error or warning about one place of one file. {@code row} is the spreadsheet's own row number
 * (1-based, as Excel shows it; for CSV the line), 0 when the problem concerns the whole sheet or
 * file. {@code candidates} lists the closest roster matches for a person who could not be matched.
 */
public record ImportProblem(String file, String sheet, int row, String column, String message,
        List<String> candidates) {

    public ImportProblem {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }
}
