package org.kenshu.service.reports;

import java.util.ArrayList;
import java.util.List;
import org.kenshu.io.report.ReportCell;
import org.kenshu.io.report.ReportColumn;
import org.kenshu.io.report.ReportDocument;
import org.kenshu.io.report.ReportRow;
import org.kenshu.io.report.ReportSheet;
import org.kenshu.model.I18n;
import org.kenshu.model.Tier;

/** 階層別研修体系表: courses by type down the side, tiers from the most junior across, target counts in the cells. */
final class CurriculumSheets {
    private CurriculumSheets() {
    }

    static ReportDocument document(ReportContext ctx, CurriculumReport report) {
        List<ReportColumn> columns = new ArrayList<>(List.of(ReportColumn.centered(I18n.t("report.col.type"), 6, 13),
                ReportColumn.text(I18n.t("report.col.course"), 14, 28)));
        for (Tier t : report.tiers()) {
            columns.add(ReportColumn.number(t.name(), 6).withWrap(8));
        }
        columns.add(ReportColumn.number(I18n.t("report.col.targetTotal"), 6));
        List<ReportRow> rows = new ArrayList<>();
        for (CurriculumReport.Line l : report.lines()) {
            List<ReportCell> cells = new ArrayList<>(List.of(ReportCell.continued(l.type()), ReportCell.text(l.course())));
            int total = 0;
            for (Tier t : report.tiers()) {
                Integer n = l.counts().get(t.id());
                cells.add(n == null ? ReportCell.BLANK : ReportCell.integer(n));
                total += n == null ? 0 : n;
            }
            cells.add(l.counts().isEmpty() ? ReportCell.BLANK : ReportCell.integer(total));
            rows.add(ReportRow.of(cells));
        }
        String title = I18n.t("report.curriculum.title", ctx.yearLabel());
        ReportSheet sheet = ReportSheet.builder(I18n.t("report.curriculum.sheet"), columns).title(title)
                .landscape(report.tiers().size() > 5).rows(rows).emptyMessage(ctx.noData()).frozenColumns(2)
                .note(I18n.t("report.curriculum.note", ctx.longDate(ctx.fy().start()))).build();
        return ctx.document(title, List.of(sheet));
    }
}
