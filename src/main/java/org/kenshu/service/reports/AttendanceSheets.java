package org.kenshu.service.reports;

import java.util.ArrayList;
import java.util.List;
import org.kenshu.io.report.NumberStyle;
import org.kenshu.io.report.ReportCell;
import org.kenshu.io.report.ReportColumn;
import org.kenshu.io.report.ReportDocument;
import org.kenshu.io.report.ReportRow;
import org.kenshu.io.report.ReportSheet;
import org.kenshu.model.I18n;

/** 受講状況: a sheet per session (nominated, completed, absent, not recorded, rate) and a streamed sheet per person. */
final class AttendanceSheets {
    private AttendanceSheets() {
    }

    static ReportDocument document(ReportContext ctx, AttendanceReport report) {
        return ctx.document(I18n.t("report.attendance.title", ctx.yearLabel()),
                List.of(bySession(ctx, report), byPerson(ctx, report)));
    }

    private static ReportSheet bySession(ReportContext ctx, AttendanceReport report) {
        List<ReportRow> rows = new ArrayList<>();
        int[] total = new int[5];
        for (AttendanceReport.SessionLine s : report.sessions()) {
            rows.add(ReportRow.of(ReportCell.continued(s.type()), ReportCell.text(s.course()), ReportCell.text(s.sessionNo()),
                    ReportCell.text(s.days()), ReportCell.integer(s.nominated()), ReportCell.integer(s.completed()),
                    ReportCell.integer(s.absent()), ReportCell.integer(s.pending()), rate(s.completed(), s.nominated()),
                    ReportCell.integer(s.walkIns())));
            int[] v = {s.nominated(), s.completed(), s.absent(), s.pending(), s.walkIns()};
            for (int i = 0; i < v.length; i++) {
                total[i] += v[i];
            }
        }
        if (!rows.isEmpty()) {
            rows.add(ReportRow.total(ReportCell.text(I18n.t("report.total")), ReportCell.BLANK, ReportCell.BLANK,
                    ReportCell.BLANK, ReportCell.integer(total[0]), ReportCell.integer(total[1]),
                    ReportCell.integer(total[2]), ReportCell.integer(total[3]), rate(total[1], total[0]),
                    ReportCell.integer(total[4])));
        }
        return ReportSheet.builder(I18n.t("report.attendance.bySessionSheet"), List.of(
                        ReportColumn.centered(I18n.t("report.col.type"), 6, 13),
                        ReportColumn.text(I18n.t("report.col.course"), 12, 26),
                        ReportColumn.centered(I18n.t("report.col.sessionNo"), 4, 7),
                        ReportColumn.text(I18n.t("report.col.days"), 10, 26),
                        ReportColumn.number(I18n.t("report.col.nominated"), 5),
                        ReportColumn.number(I18n.t("report.col.completed"), 5),
                        ReportColumn.number(I18n.t("report.col.absent"), 5),
                        ReportColumn.number(I18n.t("report.col.pending"), 5),
                        ReportColumn.number(I18n.t("report.col.rate"), 6),
                        ReportColumn.number(I18n.t("report.col.walkIns"), 5)))
                .title(I18n.t("report.attendance.bySessionTitle", ctx.yearLabel()))
                .note(I18n.t("report.attendance.note"))
                .landscape(true).rows(rows).emptyMessage(ctx.noData()).frozenColumns(2).build();
    }

    private static ReportCell rate(int completed, int nominated) {
        return nominated == 0 ? ReportCell.BLANK : ReportCell.number((double) completed / nominated, NumberStyle.PERCENT);
    }

    private static ReportSheet byPerson(ReportContext ctx, AttendanceReport report) {
        Iterable<ReportRow> rows = () -> new java.util.Iterator<>() {
            private final java.util.Iterator<AttendanceReport.PersonLine> people = report.people().iterator();

            @Override
            public boolean hasNext() {
                return people.hasNext();
            }

            @Override
            public ReportRow next() {
                AttendanceReport.PersonLine p = people.next();
                return ReportRow.of(ReportCell.text(p.employeeNo()), ReportCell.text(p.name()),
                        ReportCell.text(p.department()), ReportCell.text(p.course()), ReportCell.text(p.sessionNo()),
                        ReportCell.text(p.days()), ReportCell.text(p.marks()), ReportCell.text(p.completed()));
            }
        };
        return ReportSheet.builder(I18n.t("report.attendance.byPersonSheet"), List.of(
                        ReportColumn.centered(I18n.t("report.col.employeeNo"), 8, 12),
                        ReportColumn.text(I18n.t("report.col.name"), 10, 16),
                        ReportColumn.text(I18n.t("report.col.department"), 12, 28),
                        ReportColumn.text(I18n.t("report.col.course"), 12, 26),
                        ReportColumn.centered(I18n.t("report.col.sessionNo"), 4, 7),
                        ReportColumn.text(I18n.t("report.col.days"), 10, 22),
                        ReportColumn.centered(I18n.t("report.col.mark"), 6, 14),
                        ReportColumn.centered(I18n.t("report.col.completedMark"), 5, 8)))
                .title(I18n.t("report.attendance.byPersonTitle", ctx.yearLabel()))
                .landscape(true).streamedRows(rows, report.peopleCount()).emptyMessage(ctx.noData()).frozenColumns(2)
                .build();
    }
}
