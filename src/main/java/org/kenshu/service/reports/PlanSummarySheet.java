package org.kenshu.service.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kenshu.io.report.ReportCell;
import org.kenshu.io.report.ReportColumn;
import org.kenshu.io.report.ReportRow;
import org.kenshu.io.report.ReportSheet;
import org.kenshu.model.I18n;

/** The year at a glance: one row per course, one column per month holding the days of its sessions. */
final class PlanSummarySheet {
    private PlanSummarySheet() {
    }

    static ReportSheet sheet(ReportContext ctx, PlanReport plan) {
        int startMonth = ctx.fy().startMonth();
        List<ReportColumn> columns = new ArrayList<>(List.of(
                ReportColumn.centered(I18n.t("report.col.type"), 6, 13),
                ReportColumn.text(I18n.t("report.col.course"), 12, 24),
                ReportColumn.text(I18n.t("report.col.targets"), 8, 16)));
        for (int i = 0; i < 12; i++) {
            columns.add(ReportColumn.centered(I18n.t("report.plan.month", (startMonth - 1 + i) % 12 + 1), 5.5, 10));
        }
        columns.add(ReportColumn.number(I18n.t("report.col.sessions"), 4.5));
        columns.add(ReportColumn.number(I18n.t("report.col.capacityTotal"), 5.5));
        List<ReportRow> rows = new ArrayList<>();
        int sessions = 0;
        int capacity = 0;
        for (PlanReport.Course c : plan.courses()) {
            List<ReportCell> cells = new ArrayList<>(List.of(ReportCell.continued(c.typeName()),
                    ReportCell.text(c.name()), ReportCell.text(c.targets())));
            String[] months = new String[12];
            int courseCapacity = 0;
            for (PlanReport.Session s : c.sessions()) {
                courseCapacity += s.capacity() == null || s.cancelled() ? 0 : s.capacity();
                LocalDate first = s.firstDay();
                if (first == null) {
                    continue;
                }
                int column = Math.floorMod(first.getMonthValue() - startMonth, 12);
                String text = MonthDays.of(s.days(), s.periodEnd())
                        + (s.cancelled() ? I18n.t("report.plan.cancelledShort") : "");
                months[column] = months[column] == null ? text : months[column] + "\n" + text;
            }
            for (String m : months) {
                cells.add(ReportCell.text(m));
            }
            cells.add(ReportCell.integer(c.sessions().size()));
            cells.add(courseCapacity == 0 ? ReportCell.BLANK : ReportCell.integer(courseCapacity));
            rows.add(ReportRow.of(cells));
            sessions += c.sessions().size();
            capacity += courseCapacity;
        }
        if (!rows.isEmpty()) {
            List<ReportCell> total = new ArrayList<>(List.of(ReportCell.text(I18n.t("report.total")),
                    ReportCell.text(I18n.t("report.plan.courseCount", plan.courses().size())), ReportCell.BLANK));
            for (int i = 0; i < 12; i++) {
                total.add(ReportCell.BLANK);
            }
            total.add(ReportCell.integer(sessions));
            total.add(ReportCell.integer(capacity));
            rows.add(ReportRow.total(total.toArray(ReportCell[]::new)));
        }
        return ReportSheet.builder(I18n.t("report.plan.summarySheet"), columns)
                .title(I18n.t("report.plan.summaryTitle", ctx.yearLabel()))
                .landscape(true).rows(rows).emptyMessage(I18n.t("report.plan.noPlan", ctx.yearLabel()))
                .frozenColumns(2).build();
    }
}
