package org.kenshu.service.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kenshu.io.report.Align;
import org.kenshu.io.report.ReportCell;
import org.kenshu.io.report.ReportColumn;
import org.kenshu.io.report.ReportDocument;
import org.kenshu.io.report.ReportRow;
import org.kenshu.io.report.ReportSheet;
import org.kenshu.model.I18n;
import org.kenshu.model.Wareki;

/**
 * 出席簿: one sheet per day of the session, in the layout the attendance import reads back — a title
 * naming the year and course (「令和8年度 新任係長研修 出席簿（第1回）」), 「実施日：令和8年5月12日」,
 * then No. / 職員番号 / 氏名 / 所属 / 出欠 / 備考 with spare numbered rows for people who come unannounced.
 */
final class SignInSheets {
    static final int SPARE_ROWS = 5;
    static final double ROW_HEIGHT = 24;

    private SignInSheets() {
    }

    static ReportDocument document(ReportContext ctx, SignInReport s) {
        List<ReportSheet> sheets = new ArrayList<>();
        List<LocalDate> days = s.days().isEmpty() ? java.util.Collections.singletonList(null) : s.days();
        for (int i = 0; i < days.size(); i++) {
            sheets.add(sheet(ctx, s, days.get(i), i + 1, days.size()));
        }
        return ctx.document(title(ctx, s), sheets);
    }

    /** The document's title: 「令和8年度 新任係長研修 出席簿（第1回）」. */
    static String title(ReportContext ctx, SignInReport s) {
        return title(ctx, s, 0, 1);
    }

    /**
     * A sheet's title; the session and the day go in one trailing bracket, which the attendance import
     * reads past to find the course (「…出席簿（第1回・2日目）」).
     */
    private static String title(ReportContext ctx, SignInReport s, int dayNo, int dayCount) {
        List<String> remark = new ArrayList<>();
        if (s.sessionCount() > 1) {
            remark.add(I18n.t("session.number", s.sessionNo()));
        }
        if (dayCount > 1) {
            remark.add(I18n.t("report.signin.day", dayNo));
        }
        String title = I18n.t("report.signin.title", ctx.yearLabel(), s.course());
        return remark.isEmpty() ? title : title + "（" + String.join("・", remark) + "）";
    }

    private static ReportSheet sheet(ReportContext ctx, SignInReport s, LocalDate day, int dayNo, int dayCount) {
        List<ReportRow> rows = new ArrayList<>();
        int no = 0;
        for (SignInReport.Person p : s.people()) {
            rows.add(ReportRow.of(ReportCell.integer(++no), ReportCell.text(p.employeeNo()), ReportCell.text(p.name()),
                    ReportCell.text(p.department()), ReportCell.BLANK, ReportCell.BLANK));
        }
        String name = dayCount > 1 ? I18n.t("report.signin.daySheet", dayNo, Wareki.monthDayWithWeekday(day))
                : I18n.t("report.signin.sheet");
        String date = day == null ? I18n.t("report.plan.undecided") : ctx.longDate(day);
        ReportSheet.Builder b = ReportSheet.builder(name, List.of(
                        ReportColumn.fixed("No.", Align.CENTER, 5),
                        ReportColumn.centered(I18n.t("report.col.employeeNo"), 8, 12),
                        ReportColumn.text(I18n.t("report.col.name"), 12, 18),
                        ReportColumn.text(I18n.t("report.col.department"), 14, 30),
                        ReportColumn.fixed(I18n.t("report.col.mark"), Align.CENTER, 8),
                        ReportColumn.fixed(I18n.t("report.col.remarks"), Align.LEFT, 22)))
                .title(title(ctx, s, dayNo, dayCount))
                .title(I18n.t("report.signin.date", date));
        String place = place(s);
        if (!place.isEmpty()) {
            b.title(place);
        }
        return b.rows(rows).spareRows(SPARE_ROWS).minRowHeight(ROW_HEIGHT)
                .emptyMessage(I18n.t("report.signin.nobody")).note(I18n.t("report.signin.note")).build();
    }

    /** 「会場：本庁舎 5階 第1会議室　講師：…」 */
    private static String place(SignInReport s) {
        List<String> parts = new ArrayList<>();
        if (s.venue() != null && !s.venue().isBlank()) {
            parts.add(I18n.t("report.signin.venue", s.venue()));
        }
        if (s.instructor() != null && !s.instructor().isBlank()) {
            parts.add(I18n.t("report.signin.instructor", s.instructor()));
        }
        return String.join("　", parts);
    }
}
