package org.kenshu.tools;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.kenshu.model.EraDisplay;
import org.kenshu.model.Wareki;
import org.kenshu.tools.Attendance.Mark;

/** 出席簿 (sign-in sheets, layout b) and 出欠表 (matrix, layout c). */
final class SignInWriters {
    static final String[] SIGN_IN_HEADER = {"No.", "職員番号", "氏名", "所属", "出欠", "備考"};
    static final String NOTE = "※欠席者は備考欄に理由を記入";

    private SignInWriters() {
    }

    static String signInMark(Mark m) {
        return switch (m.kind()) {
            case PRESENT -> "○";
            case ABSENT -> "×";
            case LATE -> "遅刻";
            case EARLY -> "早退";
            case EXEMPT -> throw new IllegalStateException("no 免除 on a sign-in sheet: " + m);
        };
    }

    /** One sheet per day (「1日目」「2日目」 when the session has several), each with its own 実施日. */
    static void signIn(Path file, PlannedSession s, String titleName, List<Mark> marks) {
        try (Workbooks w = new Workbooks()) {
            int dayNo = 0;
            for (LocalDate day : s.days()) {
                dayNo++;
                Sheet sheet = w.wb.createSheet(s.days().size() > 1 ? dayNo + "日目" : "出席簿");
                w.title(sheet, 0, Wareki.fiscalYear(s.fy(), EraDisplay.JAPANESE) + " " + titleName + " 出席簿", 5, true);
                w.title(sheet, 1, "実施日：" + Wareki.longDate(day, EraDisplay.JAPANESE), 0, false);
                w.header(sheet, 3, SIGN_IN_HEADER);
                List<Mark> rows = marks.stream().filter(m -> m.day().equals(day))
                        .sorted(Comparator.comparing((Mark m) -> m.walkIn())
                                .thenComparing(m -> SampleOrganisation.DEPARTMENTS.indexOf(m.person().dept))
                                .thenComparing(m -> m.person().employeeNo))
                        .toList();
                int r = 4;
                for (Mark m : rows) {
                    Row row = w.row(sheet, r);
                    w.number(row, 0, r - 3);
                    w.text(row, 1, m.person().employeeNo);
                    w.text(row, 2, m.person().displayName());
                    w.text(row, 3, m.person().dept.name());
                    w.mark(row, 4, signInMark(m));
                    w.text(row, 5, m.note());
                    r++;
                }
                Row total = w.row(sheet, r);
                w.text(total, 0, "合計");
                for (int c = 1; c <= 3; c++) {
                    w.text(total, c, "");
                }
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 3));
                String range = "E5:E" + r;
                Cell count = total.createCell(4);
                count.setCellFormula("COUNTIF(" + range + ",\"○\")+COUNTIF(" + range + ",\"遅刻\")+COUNTIF(" + range + ",\"早退\")");
                count.setCellStyle(w.centered);
                w.text(total, 5, "");
                w.title(sheet, r + 1, NOTE, 5, false);
                sheet.setColumnWidth(0, 6 * 256);
                w.track(sheet, 3, "子ども未来部 子育て支援課");
                w.track(sheet, 5, "公務のため15時退出 ");
                portrait(sheet);
            }
            w.wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            w.save(file);
        }
    }

    /** 出欠表: one row per person, one column per day; day headers as date cells or as 「4月7日」 text. */
    static void matrix(Path file, List<PlannedSession> sessions, List<Mark> marks) {
        try (Workbooks w = new Workbooks()) {
            CellStyle dateHeader = w.wb.createCellStyle();
            dateHeader.cloneStyleFrom(w.header);
            dateHeader.setDataFormat(w.wb.createDataFormat().getFormat("m/d"));
            for (PlannedSession s : sessions) {
                boolean dateCells = s.no() == 1;
                Sheet sheet = w.wb.createSheet(s.label());
                int lastCol = 2 + s.days().size();
                w.title(sheet, 0, Wareki.fiscalYear(s.fy(), EraDisplay.JAPANESE) + " " + s.course().name + " 出欠表（"
                        + s.label() + "）", lastCol, true);
                w.header(sheet, 1, "職員番号", "氏名", "所属");
                Row head = w.row(sheet, 1);
                for (int i = 0; i < s.days().size(); i++) {
                    LocalDate d = s.days().get(i);
                    Cell c = head.createCell(3 + i);
                    if (dateCells) {
                        c.setCellValue(d);
                        c.setCellStyle(dateHeader);
                    } else {
                        c.setCellValue(d.getMonthValue() + "月" + d.getDayOfMonth() + "日");
                        c.setCellStyle(w.header);
                    }
                    sheet.setColumnWidth(3 + i, 9 * 256);
                }
                Map<Person, Map<LocalDate, Mark>> byPerson = new LinkedHashMap<>();
                marks.stream().filter(m -> m.session() == s)
                        .sorted(Comparator.comparing((Mark m) -> m.person().employeeNo))
                        .forEach(m -> byPerson.computeIfAbsent(m.person(), k -> new LinkedHashMap<>()).put(m.day(), m));
                int r = 2;
                for (Map.Entry<Person, Map<LocalDate, Mark>> e : byPerson.entrySet()) {
                    Row row = w.row(sheet, r++);
                    w.text(row, 0, e.getKey().employeeNo);
                    w.text(row, 1, e.getKey().displayName());
                    w.text(row, 2, e.getKey().dept.name());
                    for (int i = 0; i < s.days().size(); i++) {
                        Mark m = e.getValue().get(s.days().get(i));
                        w.mark(row, 3 + i, m == null ? "" : matrixMark(m));
                    }
                }
                sheet.createFreezePane(3, 2);
                RosterPlanWriters.landscape(sheet, "2:2");
            }
            w.save(file);
        }
    }

    static String matrixMark(Mark m) {
        return switch (m.kind()) {
            case PRESENT -> "出";
            case ABSENT -> "欠";
            case LATE -> "遅";
            default -> throw new IllegalStateException("matrix marks are 出/欠/遅: " + m);
        };
    }

    private static void portrait(Sheet sheet) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }
}
