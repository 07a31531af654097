package org.kenshu.service.reports;

import java.util.ArrayList;
import java.util.List;
import org.kenshu.io.report.ReportCell;
import org.kenshu.io.report.ReportChart;
import org.kenshu.io.report.ReportColumn;
import org.kenshu.io.report.ReportDocument;
import org.kenshu.io.report.ReportRow;
import org.kenshu.io.report.ReportSheet;
import org.kenshu.model.GoalKind;
import org.kenshu.model.I18n;
import org.kenshu.service.goals.Breakdown;
import org.kenshu.service.goals.GoalResult;

/**
 * 目標達成状況: a sheet listing every goal (target, actual, completed of counted, forecast, status), then a
 * sheet per counted goal with its by-tier table and a bar chart of the tiers against the target.
 */
final class GoalsSheets {
    private GoalsSheets() {
    }

    static ReportDocument document(ReportContext ctx, GoalsReport report) {
        List<ReportSheet> sheets = new ArrayList<>();
        sheets.add(summary(ctx, report));
        for (GoalsReport.Line l : report.lines()) {
            if (!l.result().byTier().isEmpty()) {
                sheets.add(byTier(ctx, l.result()));
            }
        }
        return ctx.document(I18n.t("report.goals.title", ctx.yearLabel()), sheets);
    }

    private static ReportSheet summary(ReportContext ctx, GoalsReport report) {
        List<ReportRow> rows = new ArrayList<>();
        ReportSheet.Builder sheet = ReportSheet.builder(I18n.t("report.goals.sheet"), List.of(
                ReportColumn.text(I18n.t("goals.column.name"), 14, 30),
                ReportColumn.centered(I18n.t("goals.column.kind"), 6, 8),
                ReportColumn.text(I18n.t("goals.column.scope"), 10, 24),
                ReportColumn.number(I18n.t("goals.column.target"), 7),
                ReportColumn.number(I18n.t("goals.column.actual"), 7),
                ReportColumn.centered(I18n.t("goals.column.fraction"), 10, 14),
                ReportColumn.number(I18n.t("goals.column.forecast"), 7),
                ReportColumn.centered(I18n.t("goals.column.status"), 8, 10)));
        for (GoalsReport.Line l : report.lines()) {
            GoalResult r = l.result();
            rows.add(ReportRow.of(ReportCell.text(r.goal().name()), ReportCell.text(I18n.label(r.goal().kind())),
                    ReportCell.text(l.scope()), GoalValues.cell(r, r.target().value()), GoalValues.cell(r, r.actual()),
                    ReportCell.text(GoalValues.fraction(r)),
                    r.goal().kind() == GoalKind.MANUAL ? ReportCell.BLANK : GoalValues.cell(r, r.forecast()),
                    ReportCell.text(r.statusText())));
            if (r.sourceNote() != null && !r.sourceNote().isBlank()) {
                sheet.note(I18n.t("report.goals.source", r.goal().name(), r.sourceNote()));
            }
        }
        if (!rows.isEmpty()) {
            sheet.note(I18n.t("report.goals.note"));
        }
        return sheet.title(I18n.t("report.goals.title", ctx.yearLabel()))
                .title(I18n.t("report.transcript.asOf", ctx.longDate(ctx.today())))
                .landscape(true).rows(rows).frozenColumns(1)
                .emptyMessage(I18n.t("report.goals.none", ctx.yearLabel())).build();
    }

    /** The goal by tier: counted, completed and rate (or holders of a role), the total, and the chart. */
    private static ReportSheet byTier(ReportContext ctx, GoalResult r) {
        boolean rate = r.denominator() != null;
        List<ReportColumn> columns = rate
                ? List.of(ReportColumn.text(I18n.t("report.col.tier"), 18, 24),
                        ReportColumn.number(I18n.t("report.goals.counted"), 12),
                        ReportColumn.number(I18n.t("report.goals.completed"), 12),
                        ReportColumn.number(I18n.t("goals.column.actual"), 12))
                : List.of(ReportColumn.text(I18n.t("report.col.tier"), 18, 24),
                        ReportColumn.number(I18n.t("report.goals.holders"), 12));
        List<ReportRow> rows = new ArrayList<>();
        for (Breakdown b : r.byTier()) {
            rows.add(rate ? ReportRow.of(ReportCell.text(b.label()), ReportCell.integer(b.denominator()),
                    ReportCell.integer(b.numerator()), GoalValues.cell(r, b.actual()))
                    : ReportRow.of(ReportCell.text(b.label()), ReportCell.integer(b.numerator())));
        }
        rows.add(rate ? ReportRow.total(ReportCell.text(I18n.t("report.total")), ReportCell.integer(r.denominator()),
                ReportCell.integer(r.numerator()), GoalValues.cell(r, r.actual()))
                : ReportRow.total(ReportCell.text(I18n.t("report.total")), ReportCell.integer(r.numerator())));
        ReportChart chart = new ReportChart(I18n.t("report.goals.chartTitle", I18n.label(r.goal().kind())),
                r.byTier().stream().map(Breakdown::label).toList(),
                r.byTier().stream().map(Breakdown::actual).toList(), I18n.t("goals.column.actual"),
                rate ? r.target().value() : null,
                I18n.t("report.goals.targetLine", GoalValues.text(r, r.target().value())), rate);
        return ReportSheet.builder(r.goal().name(), columns)
                .title(I18n.t("report.goals.goalTitle", ctx.yearLabel(), r.goal().name()))
                .title(GoalValues.summary(r)).rows(rows).chart(chart)
                .note(I18n.t(rate ? "report.goals.tierNote" : "report.goals.holdersNote")).build();
    }
}
