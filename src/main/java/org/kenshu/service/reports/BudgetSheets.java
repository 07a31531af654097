package org.kenshu.service.reports;

import java.util.ArrayList;
import java.util.List;
import org.kenshu.io.report.NumberStyle;
import org.kenshu.io.report.ReportCell;
import org.kenshu.io.report.ReportColumn;
import org.kenshu.io.report.ReportDocument;
import org.kenshu.io.report.ReportRow;
import org.kenshu.io.report.ReportSheet;
import org.kenshu.io.report.SheetRows;
import org.kenshu.model.I18n;

/**
 * 研修経費: one row per course and a total row whose sums are Excel formulas (the report's only formulas,
 * so an officer who corrects a cost sees the totals follow), then the budget and what is left of it.
 */
final class BudgetSheets {
    /** Columns of the planned and actual cost (0-based), referred to by the totals' formulas. */
    private static final int PLANNED = 5;
    private static final int ACTUAL = 7;

    private BudgetSheets() {
    }

    static ReportDocument document(ReportContext ctx, BudgetReport report) {
        List<ReportRow> rows = new ArrayList<>();
        long planned = 0;
        long actual = 0;
        for (BudgetReport.Line l : report.lines()) {
            ReportCell cost = l.costPerHead() == null ? ReportCell.BLANK : yen(l.costPerHead());
            rows.add(ReportRow.of(ReportCell.continued(l.type()), ReportCell.text(l.course()),
                    ReportCell.integer(l.sessions()), ReportCell.integer(l.capacity()), cost, yen(l.planned()),
                    ReportCell.integer(l.attendees()), yen(l.actual())));
            planned += l.planned();
            actual += l.actual();
        }
        String title = I18n.t("report.budget.title", ctx.yearLabel());
        ReportSheet.Builder sheet = ReportSheet.builder(I18n.t("report.budget.sheet"), List.of(
                        ReportColumn.centered(I18n.t("report.col.type"), 6, 13),
                        ReportColumn.text(I18n.t("report.col.course"), 14, 28),
                        ReportColumn.number(I18n.t("report.col.sessions"), 4.5),
                        ReportColumn.number(I18n.t("report.col.capacityTotal"), 5.5),
                        ReportColumn.number(I18n.t("report.col.costPerHead"), 8),
                        ReportColumn.number(I18n.t("report.col.plannedCost"), 10),
                        ReportColumn.number(I18n.t("report.col.attendees"), 6),
                        ReportColumn.number(I18n.t("report.col.actualCost"), 10)))
                .title(title).emptyMessage(ctx.noData())
                .note(I18n.t("report.budget.note"));
        if (!rows.isEmpty()) {
            int first = SheetRows.firstDataRow(1);
            int last = first + rows.size() - 1;
            int totalRow = last + 1;
            rows.add(ReportRow.total(ReportCell.text(I18n.t("report.total")), ReportCell.BLANK, ReportCell.BLANK,
                    ReportCell.BLANK, ReportCell.BLANK, sum(PLANNED, first, last, planned), ReportCell.BLANK,
                    sum(ACTUAL, first, last, actual)));
            if (report.budget() != null) {
                rows.add(ReportRow.total(ReportCell.text(I18n.t("report.budget.budget")), ReportCell.BLANK,
                        ReportCell.BLANK, ReportCell.BLANK, ReportCell.BLANK, yen(report.budget()), ReportCell.BLANK,
                        yen(report.budget())));
                rows.add(ReportRow.total(ReportCell.text(I18n.t("report.budget.remaining")), ReportCell.BLANK,
                        ReportCell.BLANK, ReportCell.BLANK, ReportCell.BLANK,
                        difference(PLANNED, totalRow, report.budget() - planned), ReportCell.BLANK,
                        difference(ACTUAL, totalRow, report.budget() - actual)));
            } else {
                sheet.note(I18n.t("report.budget.noBudget"));
            }
        }
        return ctx.document(title, List.of(sheet.rows(rows).build()));
    }

    private static ReportCell yen(long value) {
        return ReportCell.number(value, NumberStyle.YEN);
    }

    private static ReportCell sum(int column, int first, int last, long value) {
        String col = SheetRows.columnName(column);
        return new ReportCell.Formula("SUM(" + col + first + ":" + col + last + ")", value, NumberStyle.YEN);
    }

    /** Budget (the row under the total) minus the total. */
    private static ReportCell difference(int column, int totalRow, long value) {
        String col = SheetRows.columnName(column);
        return new ReportCell.Formula(col + (totalRow + 1) + "-" + col + totalRow, value, NumberStyle.YEN);
    }
}
