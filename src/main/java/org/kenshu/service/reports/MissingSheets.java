package org.kenshu.service.reports;

import java.util.ArrayList;
import java.util.List;
import org.kenshu.io.report.ReportCell;
import org.kenshu.io.report.ReportColumn;
import org.kenshu.io.report.ReportDocument;
import org.kenshu.io.report.ReportRow;
import org.kenshu.io.report.ReportSheet;
import org.kenshu.model.I18n;

/** 未受講者一覧: a heading per department, its people in 五十音順; each department on a new page. */
final class MissingSheets {
    private MissingSheets() {
    }

    static ReportDocument document(ReportContext ctx, MissingReport report) {
        List<ReportRow> rows = new ArrayList<>();
        for (MissingReport.Department d : report.departments()) {
            ReportRow heading = ReportRow.section(I18n.t("report.missing.department", d.name(), d.people().size()));
            rows.add(rows.isEmpty() ? heading : heading.onNewPage());
            for (MissingReport.Person p : d.people()) {
                rows.add(ReportRow.of(ReportCell.text(p.employeeNo()), ReportCell.text(p.name()),
                        ReportCell.text(p.kana()), ReportCell.text(p.tier()), ReportCell.text(p.course()),
                        ReportCell.text(p.session()), ReportCell.text(p.status())));
            }
        }
        var r = report.result();
        String title = I18n.t("report.missing.title", ctx.yearLabel());
        ReportSheet sheet = ReportSheet.builder(I18n.t("report.missing.sheet"), List.of(
                        ReportColumn.centered(I18n.t("report.col.employeeNo"), 8, 10),
                        ReportColumn.text(I18n.t("report.col.name"), 9, 12),
                        ReportColumn.text(I18n.t("report.col.kana"), 10, 16),
                        ReportColumn.text(I18n.t("report.col.tier"), 8, 13),
                        ReportColumn.text(I18n.t("report.missing.course"), 12, 20),
                        ReportColumn.centered(I18n.t("report.col.sessionNo"), 5, 6),
                        ReportColumn.text(I18n.t("report.missing.status"), 14, 22)))
                .title(title)
                .title(I18n.t("report.missing.goal", r.goal().name(), GoalValues.summary(r)))
                .title(I18n.t("report.missing.count", report.people(), ctx.longDate(ctx.today())))
                .landscape(false).rows(rows).frozenColumns(2)
                .emptyMessage(I18n.t(report.countable() ? "report.missing.nobody" : "report.missing.notCountable"))
                .note(I18n.t("report.missing.note")).build();
        return ctx.document(title, List.of(sheet));
    }
}
