package org.kenshu.service.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kenshu.io.report.ReportCell;
import org.kenshu.io.report.ReportColumn;
import org.kenshu.io.report.ReportDocument;
import org.kenshu.io.report.ReportRow;
import org.kenshu.io.report.ReportSheet;
import org.kenshu.model.I18n;
import org.kenshu.model.Wareki;

/** 年度研修計画表: the year at a glance (courses × months), then one sheet of sessions per course type. */
final class PlanSheets {
    private PlanSheets() {
    }

    static ReportDocument document(ReportContext ctx, PlanReport plan) {
        List<ReportSheet> sheets = new ArrayList<>();
        sheets.add(PlanSummarySheet.sheet(ctx, plan));
        Map<String, List<PlanReport.Course>> byType = new LinkedHashMap<>();
        plan.courses().forEach(c -> byType.computeIfAbsent(c.typeName(), k -> new ArrayList<>()).add(c));
        byType.forEach((type, courses) -> sheets.add(typeSheet(ctx, type, courses)));
        return ctx.document(I18n.t("report.plan.title", ctx.yearLabel()), sheets);
    }

    private static ReportSheet typeSheet(ReportContext ctx, String type, List<PlanReport.Course> courses) {
        record Line(PlanReport.Course course, PlanReport.Session session) {
        }
        List<Line> lines = new ArrayList<>();
        courses.forEach(c -> c.sessions().forEach(s -> lines.add(new Line(c, s))));
        lines.sort(Comparator.comparing((Line l) -> l.session().firstDay(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(l -> l.course().name())
                .thenComparingInt(l -> l.session().sessionNo()));
        List<ReportRow> rows = new ArrayList<>();
        for (Line l : lines) {
            PlanReport.Session s = l.session();
            LocalDate first = s.firstDay();
            String month = first == null ? I18n.t("report.plan.undecided") : I18n.t("report.plan.month",
                    first.getMonthValue());
            String days = first == null ? I18n.t("report.plan.undecided") : Wareki.sessionDays(s.days(), s.periodEnd());
            String no = l.course().sessions().size() > 1 ? I18n.t("session.number", s.sessionNo()) : "";
            List<String> remarks = new ArrayList<>();
            if (s.cancelled()) {
                remarks.add(I18n.t("report.plan.cancelled"));
            }
            if (!l.course().format().isEmpty()) {
                remarks.add(l.course().format());
            }
            rows.add(ReportRow.of(ReportCell.continued(month), ReportCell.text(days), ReportCell.text(l.course().name()),
                    ReportCell.text(no), ReportCell.text(l.course().targets()), ReportCell.text(s.venue()),
                    ReportCell.integerOrBlank(s.capacity()), ReportCell.text(l.course().provider()),
                    ReportCell.text(s.instructor()), ReportCell.text(String.join("・", remarks))));
        }
        return ReportSheet.builder(type, List.of(
                        ReportColumn.centered(I18n.t("report.col.month"), 4.5, 6),
                        ReportColumn.text(I18n.t("report.col.days"), 10, 26),
                        ReportColumn.text(I18n.t("report.col.course"), 12, 26),
                        ReportColumn.centered(I18n.t("report.col.sessionNo"), 4, 7),
                        ReportColumn.text(I18n.t("report.col.targets"), 8, 20),
                        ReportColumn.text(I18n.t("report.col.venue"), 8, 20),
                        ReportColumn.number(I18n.t("report.col.capacity"), 5),
                        ReportColumn.text(I18n.t("report.col.provider"), 8, 18),
                        ReportColumn.text(I18n.t("report.col.instructor"), 8, 16),
                        ReportColumn.text(I18n.t("report.col.remarks"), 6, 14)))
                .title(I18n.t("report.plan.typeTitle", ctx.yearLabel(), type))
                .landscape(true).rows(rows).emptyMessage(ctx.noData()).frozenColumns(2).build();
    }
}
