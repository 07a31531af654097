package org.kenshu.ui.imports;

import java.util.ArrayList;
import java.util.List;
import org.kenshu.model.I18n;
import org.kenshu.service.imports.Column;

/** What a header can be mapped to in the preview: one of the known columns, or nothing (the column is not used). */
public record ColumnChoice(Column column) {
    public static final ColumnChoice IGNORE = new ColumnChoice(null);

    /** Every choice, 「使わない」 first. */
    public static List<ColumnChoice> all() {
        List<ColumnChoice> all = new ArrayList<>();
        all.add(IGNORE);
        for (Column c : Column.values()) {
            if (c != Column.ROW_NO) {
                all.add(new ColumnChoice(c));
            }
        }
        return all;
    }

    public String label() {
        return column == null ? I18n.t("imports.mapping.ignore") : I18n.label(column);
    }
}
