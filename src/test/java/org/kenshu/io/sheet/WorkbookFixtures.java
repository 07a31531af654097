package org.kenshu.io.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPhoneticRun;

/**
 * The same small attendance workbook written by POI as .xlsx (XSSF, shared strings) and .xls
 * (HSSF), with what officers' files contain: a merged title, a blank row, a vertically merged
 * department column, employee numbers as text and as numbers, dates in several formats (incl. the
 * Japanese era), formulas, a boolean, an error, and a hidden sheet.
 */
final class WorkbookFixtures {
    static final String TITLE = "令和8年度 階層別研修 出欠表";
    static final LocalDate DAY = LocalDate.of(2026, 5, 12);

    private WorkbookFixtures() {
    }

    static Path xlsx(Path dir) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fill(wb);
            // furigana on 山田 太郎 (山田 = ヤマダ), as Japanese Excel stores typed names
            XSSFRichTextString name = (XSSFRichTextString) wb.getSheet("出欠").getRow(3).getCell(1).getRichStringCellValue();
            CTPhoneticRun ruby = name.getCTRst().addNewRPh();
            ruby.setSb(0);
            ruby.setEb(2);
            ruby.setT("ヤマダ");
            return write(wb, dir.resolve("attendance.xlsx"));
        }
    }

    static Path xls(Path dir) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            fill(wb);
            return write(wb, dir.resolve("attendance.xls"));
        }
    }

    static Path xlsx1904(Path dir) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var pr = wb.getCTWorkbook().isSetWorkbookPr() ? wb.getCTWorkbook().getWorkbookPr() : wb.getCTWorkbook().addNewWorkbookPr();
            pr.setDate1904(true);
            dateSheet(wb);
            return write(wb, dir.resolve("mac1904.xlsx"));
        }
    }

    static Path xls1904(Path dir) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            ((DateWindow1904Record) wb.getInternalWorkbook().findFirstRecordBySid(DateWindow1904Record.sid))
                    .setWindowing((short) 1);
            dateSheet(wb);
            return write(wb, dir.resolve("mac1904.xls"));
        }
    }

    private static void dateSheet(Workbook wb) {
        Cell cell = wb.createSheet("日付").createRow(0).createCell(0);
        // the serial itself, in the 1904 system (HSSF would not notice the flag set above)
        cell.setCellValue(DateUtil.getExcelDate(DAY.atStartOfDay(), true));
        cell.setCellStyle(style(wb, "yyyy/m/d"));
    }

    private static void fill(Workbook wb) {
        Sheet sheet = wb.createSheet("出欠");
        CellStyle date = style(wb, "yyyy/m/d");
        CellStyle era = style(wb, "[$-411]ggge\"年\"m\"月\"d\"日\"");
        CellStyle dateTime = style(wb, "yyyy/mm/dd hh:mm");
        CellStyle time = style(wb, "h:mm");
        CellStyle grouped = style(wb, "#,##0.0");
        CellStyle zeros = style(wb, "00000");

        sheet.createRow(0).createCell(0).setCellValue(TITLE);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
        // row 2 (index 1) left out: a blank row between title and header
        Row header = sheet.createRow(2);
        String[] names = {"職員番号", "氏名", "所属", "受講日", "出欠", "備考", "時間"};
        for (int i = 0; i < names.length; i++) {
            header.createCell(i).setCellValue(names[i]);
        }
        Row yamada = sheet.createRow(3);
        yamada.createCell(0).setCellValue("00123");
        yamada.createCell(1).setCellValue(wb.getCreationHelper().createRichTextString("山田 太郎"));
        yamada.createCell(2).setCellValue("総務部 総務課");
        dated(yamada.createCell(3), DAY, date);
        yamada.createCell(4).setCellValue("出席");
        yamada.createCell(6).setCellValue(3.5); // F (備考) missing
        sheet.addMergedRegion(new CellRangeAddress(3, 4, 2, 2)); // 所属 spans both staff

        Row sato = sheet.createRow(4);
        sato.createCell(0).setCellValue(123);
        sato.createCell(1).setCellValue("佐藤 花子");
        dated(sato.createCell(3), DAY.plusDays(1), era);
        sato.createCell(4).setCellValue("遅刻");
        sato.createCell(5).setCellValue("10分遅れ");
        sato.createCell(6).setCellFormula("G4*2");

        sheet.createRow(5).createCell(0).setCellStyle(date); // styled but empty: not a row of data

        Row misc = sheet.createRow(6);
        misc.createCell(0).setCellValue(true);
        misc.createCell(1).setCellErrorValue(FormulaError.NA.getCode());
        misc.createCell(2).setCellValue(LocalDateTime.of(2026, 5, 12, 9, 30));
        misc.getCell(2).setCellStyle(dateTime);
        misc.createCell(3).setCellValue(0.5);
        misc.getCell(3).setCellStyle(time);
        misc.createCell(4).setCellValue(1234.5);
        misc.getCell(4).setCellStyle(grouped);
        misc.createCell(5).setCellValue(123);
        misc.getCell(5).setCellStyle(zeros);
        misc.createCell(6).setCellFormula("CONCATENATE(\"研修\",\"計画\")");

        wb.createSheet("名簿").createRow(0).createCell(0).setCellValue("非表示");
        wb.setSheetHidden(1, true);
        wb.createSheet("メモ").createRow(9).createCell(1).setCellValue("以上");
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    }

    private static void dated(Cell cell, LocalDate day, CellStyle style) {
        cell.setCellValue(day);
        cell.setCellStyle(style);
    }

    private static CellStyle style(Workbook wb, String format) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(format));
        return style;
    }

    static Path write(Workbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }
}
