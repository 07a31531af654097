package org.kenshu.service.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.kenshu.io.report.NumberStyle;
import org.kenshu.io.report.ReportCell;
import org.kenshu.io.report.ReportColumn;
import org.kenshu.io.report.ReportDocument;
import org.kenshu.io.report.ReportRow;
import org.kenshu.io.report.ReportSheet;
import org.kenshu.model.I18n;

/** 個人別研修履歴: each person under a heading line, their completed courses and a total; each person on a new page. */
final class TranscriptSheets {
    private TranscriptSheets() {
    }

    static ReportDocument document(ReportContext ctx, TranscriptReport report) {
        List<ReportRow> rows = new ArrayList<>();
        for (TranscriptReport.Person p : report.people()) {
            ReportRow heading = ReportRow.section(I18n.t("report.transcript.person", p.employeeNo(), p.name(),
                    p.department(), p.tier()));
            rows.add(rows.isEmpty() ? heading : heading.onNewPage());
            BigDecimal hours = BigDecimal.ZERO;
            for (TranscriptReport.Entry e : p.entries()) {
                rows.add(ReportRow.of(ReportCell.text(ctx.yearLabel(e.fiscalYear())), ReportCell.text(e.course()),
                        ReportCell.text(e.type()), ReportCell.text(e.days()), hours(e.hours())));
                hours = e.hours() == null ? hours : hours.add(e.hours());
            }
            if (p.entries().isEmpty()) {
                rows.add(ReportRow.of(ReportCell.BLANK, ReportCell.text(I18n.t("report.transcript.none")),
                        ReportCell.BLANK, ReportCell.BLANK, ReportCell.BLANK));
            } else {
                rows.add(ReportRow.total(ReportCell.text(I18n.t("report.total")),
                        ReportCell.text(I18n.t("report.transcript.count", p.entries().size())), ReportCell.BLANK,
                        ReportCell.BLANK, hours(hours)));
            }
        }
        ReportSheet sheet = ReportSheet.builder(I18n.t("report.transcript.sheet"), List.of(
                        ReportColumn.centered(I18n.t("report.col.fiscalYear"), 8, 12),
                        ReportColumn.text(I18n.t("report.col.course"), 14, 34),
                        ReportColumn.centered(I18n.t("report.col.type"), 6, 13),
                        ReportColumn.text(I18n.t("report.col.days"), 12, 26),
                        ReportColumn.number(I18n.t("report.col.hours"), 5)))
                .title(I18n.t("report.transcript.title"))
                .title(report.subject() + "　" + I18n.t("report.transcript.asOf", ctx.longDate(ctx.today())))
                .rows(rows).emptyMessage(I18n.t("report.transcript.nobody")).build();
        return ctx.document(I18n.t("report.transcript.title"), List.of(sheet));
    }

    private static ReportCell hours(BigDecimal h) {
        return h == null ? ReportCell.BLANK : ReportCell.number(h.doubleValue(), NumberStyle.DECIMAL);
    }
}
