package org.kenshu.tools;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.kenshu.model.EraDisplay;
import org.kenshu.model.Wareki;
import org.kenshu.tools.Nominator.Nomination;

/** 職員名簿, 年度研修計画 and 受講者名簿(指名) workbooks. */
final class RosterPlanWriters {
    static final String[] ROSTER_HEADER = {"職員番号", "氏名", "フリガナ", "所属", "職層", "職種", "採用日", "昇任日", "在職区分", "退職日"};
    static final String[] PLAN_HEADER = {"研修名", "回", "研修区分", "対象職層", "日程", "会場", "講師", "定員", "研修機関"};
    static final String[] NOMINATION_HEADER = {"職員番号", "氏名", "所属", "研修名", "実施日"};

    private RosterPlanWriters() {
    }

    /**
     * The roster on {@code asOf}. The 2025 file writes names with a full-width space and dates as date
     * cells; the 2026 file writes a half-width space and 和暦 text (R2.4.1 / 令和2年4月1日 / 平成28年4月1日).
     */
    static void roster(Path file, List<Person> people, LocalDate asOf, boolean wareki) {
        try (Workbooks w = new Workbooks()) {
            Sheet sheet = w.wb.createSheet("職員名簿");
            w.title(sheet, 0, Wareki.longDate(asOf, EraDisplay.JAPANESE) + "現在 職員名簿", ROSTER_HEADER.length - 1, true);
            w.header(sheet, 2, ROSTER_HEADER);
            String space = wareki ? " " : "\u3000";
            int r = 3;
            for (Person p : people) {
                Row row = w.row(sheet, r++);
                w.text(row, 0, p.employeeNo);
                w.text(row, 1, p.name.joined(space));
                w.text(row, 2, p.name.kana(space));
                w.text(row, 3, p.dept.name());
                w.text(row, 4, tierText(p, wareki));
                w.text(row, 5, SampleOrganisation.jobName(p.job));
                writeDate(w, row, 6, p.hired, wareki, p);
                writeDate(w, row, 7, p.promoted, wareki, p);
                w.text(row, 8, p.status);
                w.date(row, 9, p.left);
            }
            sheet.createFreezePane(2, 3);
            sheet.setAutoFilter(new CellRangeAddress(2, r - 1, 0, ROSTER_HEADER.length - 1));
            landscape(sheet, "3:3");
            w.save(file);
        }
    }

    /** Now and then the alias an officer types (「主任」 for 主任級, 「主査」 for 副主幹・主査級 …). */
    static String tierText(Person p, boolean secondFile) {
        SampleOrganisation.TierDef t = SampleOrganisation.tier(p.tier);
        int n = Integer.parseInt(p.employeeNo);
        if (n % (secondFile ? 5 : 7) == 3) {
            return t.aliases().get(n % t.aliases().size());
        }
        return t.name();
    }

    private static void writeDate(Workbooks w, Row row, int col, LocalDate d, boolean wareki, Person p) {
        if (!wareki) {
            w.date(row, col, d);
        } else if (d == null) {
            w.text(row, col, "");
        } else {
            boolean shortForm = (Integer.parseInt(p.employeeNo) + col) % 3 == 0 && !Wareki.eraYear(d).equals("元");
            w.text(row, col, shortForm ? Wareki.shortDate(d, EraDisplay.JAPANESE) : Wareki.longDate(d, EraDisplay.JAPANESE));
        }
    }

    static void plan(Path file, int fy, List<PlannedSession> sessions) {
        try (Workbooks w = new Workbooks()) {
            Sheet sheet = w.wb.createSheet(Wareki.fiscalYear(fy, EraDisplay.JAPANESE) + "研修計画");
            w.title(sheet, 0, Wareki.fiscalYear(fy, EraDisplay.JAPANESE) + " 職員研修計画", PLAN_HEADER.length - 1, true);
            w.header(sheet, 2, PLAN_HEADER);
            int r = 3;
            for (PlannedSession s : sessions) {
                Row row = w.row(sheet, r++);
                w.text(row, 0, s.course().name);
                w.text(row, 1, s.label());
                w.text(row, 2, s.courseTypeName());
                w.text(row, 3, s.targetText());
                w.text(row, 4, s.schedule());
                w.text(row, 5, s.venue());
                w.text(row, 6, s.instructor());
                w.number(row, 7, s.capacity());
                w.text(row, 8, s.course().provider);
            }
            sheet.createFreezePane(1, 3);
            landscape(sheet, "3:3");
            w.save(file);
        }
    }

    static void nominations(Path file, List<Nomination> nominations) {
        try (Workbooks w = new Workbooks()) {
            Sheet sheet = w.wb.createSheet("受講者名簿");
            w.header(sheet, 0, NOMINATION_HEADER);
            int r = 1;
            List<Nomination> sorted = nominations.stream()
                    .sorted(Comparator.comparing((Nomination n) -> SampleCatalog.COURSES.indexOf(n.session().course()))
                            .thenComparing(n -> n.session().no()).thenComparing(n -> n.person().employeeNo))
                    .toList();
            for (Nomination n : sorted) {
                Row row = w.row(sheet, r++);
                w.text(row, 0, n.person().employeeNo);
                w.text(row, 1, n.person().displayName());
                w.text(row, 2, n.person().dept.name());
                w.text(row, 3, n.session().course().name);
                w.date(row, 4, n.session().first());
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, NOMINATION_HEADER.length - 1));
            w.save(file);
        }
    }

    static void landscape(Sheet sheet, String repeatRows) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(CellRangeAddress.valueOf(repeatRows));
    }
}
