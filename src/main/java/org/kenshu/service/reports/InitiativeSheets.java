package org.kenshu.service.reports;

import java.util.ArrayList;
import java.util.List;
import org.kenshu.io.report.Align;
import org.kenshu.io.report.ReportCell;
import org.kenshu.io.report.ReportColumn;
import org.kenshu.io.report.ReportDocument;
import org.kenshu.io.report.ReportRow;
import org.kenshu.io.report.ReportSheet;
import org.kenshu.model.I18n;
import org.kenshu.model.InitiativeYear;

/**
 * 実施計画 進捗表 in the shape of the 清瀬市 tables: a heading row per pillar and per direction, then per
 * initiative a 計画 row over a 実績 row, one column per fiscal year; the two rows never part across pages.
 */
final class InitiativeSheets {
    private InitiativeSheets() {
    }

    static ReportDocument document(ReportContext ctx, InitiativeReport report) {
        List<ReportColumn> columns = new ArrayList<>(List.of(ReportColumn.text(I18n.t("report.col.initiative"), 14, 24),
                ReportColumn.fixed(I18n.t("report.col.planOrResult"), Align.CENTER, 5.5)));
        double yearWidth = report.years().size() <= 3 ? 30 : 22;
        for (int y : report.years()) {
            columns.add(ReportColumn.text(ctx.yearLabel(y), 14, yearWidth));
        }
        List<ReportRow> rows = new ArrayList<>();
        for (InitiativeReport.Pillar p : report.pillars()) {
            rows.add(ReportRow.section(I18n.t("report.initiatives.pillar", p.name())));
            for (InitiativeReport.Direction d : p.directions()) {
                rows.add(ReportRow.section(I18n.t("report.initiatives.direction", d.name())));
                for (InitiativeReport.Initiative i : d.initiatives()) {
                    rows.add(row(i, report.years(), true).keptWithNext());
                    rows.add(row(i, report.years(), false));
                }
            }
        }
        String first = ctx.yearLabel(report.years().getFirst());
        String last = ctx.yearLabel(report.years().getLast());
        ReportSheet sheet = ReportSheet.builder(I18n.t("report.initiatives.sheet"), columns)
                .title(I18n.t("report.initiatives.title", first, last)).landscape(true).rows(rows)
                .emptyMessage(I18n.t("report.initiatives.none")).frozenColumns(2).build();
        return ctx.document(I18n.t("report.initiatives.title", first, last), List.of(sheet));
    }

    private static ReportRow row(InitiativeReport.Initiative i, List<Integer> years, boolean plan) {
        List<ReportCell> cells = new ArrayList<>();
        cells.add(ReportCell.continued(i.name()));
        cells.add(ReportCell.text(I18n.t(plan ? "report.initiatives.plan" : "report.initiatives.result")));
        for (int y : years) {
            InitiativeYear v = i.years().get(y);
            cells.add(ReportCell.text(v == null ? null : plan ? text(v.planText(), v.planCount(), v.countUnit())
                    : text(v.resultText(), v.resultCount(), v.countUnit())));
        }
        return ReportRow.of(cells);
    }

    /** The text as written; a count with its unit only when the text does not already say it. */
    private static String text(String text, Integer count, String unit) {
        String t = text == null ? "" : text;
        if (count != null && !t.contains(count.toString())) {
            t = t.isEmpty() ? count + (unit == null ? "" : unit) : t + "（" + count + (unit == null ? "" : unit) + "）";
        }
        return t;
    }
}
