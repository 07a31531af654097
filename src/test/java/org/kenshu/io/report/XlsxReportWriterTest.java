package org.kenshu.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.Progress;

class XlsxReportWriterTest {
    @TempDir
    Path dir;

    static ReportDocument document(ReportSheet... sheets) {
        return new ReportDocument("テスト帳票", "さくら台市", "令和8年度", "{0} / {1} ページ", "出力日 令和8年11月21日",
                List.of(sheets));
    }

    static List<ReportColumn> columns() {
        return List.of(ReportColumn.centered("No.", 4, 6), ReportColumn.text("研修名", 10, 30),
                ReportColumn.number("定員", 6));
    }

    @Test
    void aSheetHasItsTitleHeaderAndRowsAndPrintsOnA4OnePageWide() throws Exception {
        ReportSheet sheet = ReportSheet.builder("計画", columns()).title("令和8年度 年度研修計画表").title("区分：階層別研修")
                .landscape(true).rows(List.of(ReportRow.of(ReportCell.integer(1), ReportCell.text("新任係長研修"),
                        ReportCell.integer(30))))
                .build();
        Path file = dir.resolve("plan.xlsx");
        XlsxReportWriter.write(document(sheet), file, Progress.NONE);
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            XSSFSheet s = wb.getSheet("計画");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("令和8年度 年度研修計画表");
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("区分：階層別研修");
            assertThat(s.getRow(3).getCell(1).getStringCellValue()).isEqualTo("研修名");
            assertThat(s.getRow(4).getCell(1).getStringCellValue()).isEqualTo("新任係長研修");
            assertThat(s.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(30);
            PrintSetup ps = s.getPrintSetup();
            assertThat(ps.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(ps.getLandscape()).isTrue();
            assertThat(ps.getFitWidth()).isEqualTo((short) 1);
            assertThat(ps.getFitHeight()).isZero();
            assertThat(s.getFitToPage()).isTrue();
            assertThat(s.getRepeatingRows().formatAsString()).isEqualTo("1:4");
            assertThat(s.getHeader().getLeft()).contains("さくら台市");
            assertThat(s.getHeader().getRight()).contains("令和8年度");
            assertThat(s.getFooter().getCenter()).contains("&P / &N ページ");
            assertThat(s.getFooter().getRight()).contains("出力日 令和8年11月21日");
            assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
            assertThat(s.getColumnWidth(1) / 256.0).isGreaterThanOrEqualTo(Fonts.widthFor(TextWidth.of("新任係長研修")));
            assertThat(wb.getFontAt(0).getFontName()).isEqualTo(Fonts.FAMILY);
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsQuotedText() throws Exception {
        List<ReportRow> rows = new ArrayList<>();
        for (String hostile : new String[] {"=HYPERLINK(\"http://x\",\"y\")", "+81", "-1", "@SUM(A1)", "＝1+1", "＋81",
                "\tx"}) {
            rows.add(ReportRow.of(ReportCell.integer(rows.size() + 1), ReportCell.text(hostile), ReportCell.BLANK));
        }
        Path file = dir.resolve("hostile.xlsx");
        XlsxReportWriter.write(document(ReportSheet.builder("s", columns()).rows(rows).build()), file, Progress.NONE);
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            XSSFSheet s = wb.getSheetAt(0);
            for (int r = 2; r < 2 + rows.size(); r++) {
                var cell = s.getRow(r).getCell(1);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getStringCellValue()).isTrue();
            }
            assertThat(s.getRow(2).getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
        }
    }

    @Test
    void markupCharactersLineBreaksAndSpacesSurviveTheFastCellWriter() throws Exception {
        String[] texts = {"<b>A&B</b> \"引用\"", "一行目\n二行目", " 前後に空白 ", "タブ\tあり", "制御\u0001文字", "𠮷野家"};
        List<ReportRow> rows = new ArrayList<>();
        for (String t : texts) {
            rows.add(ReportRow.of(ReportCell.integer(rows.size() + 1), ReportCell.text(t), ReportCell.number(1.5,
                    NumberStyle.DECIMAL)));
        }
        Path file = dir.resolve("markup.xlsx");
        XlsxReportWriter.write(document(ReportSheet.builder("s", columns()).streamedRows(rows, rows.size()).build()),
                file, Progress.NONE);
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            XSSFSheet s = wb.getSheetAt(0);
            for (int i = 0; i < texts.length; i++) {
                String expected = texts[i].replace('\u0001', '?');
                assertThat(s.getRow(2 + i).getCell(1).getStringCellValue()).isEqualTo(expected);
                assertThat(s.getRow(2 + i).getCell(2).getNumericCellValue()).isEqualTo(1.5);
                assertThat(s.getRow(2 + i).getCell(0).getAddress().formatAsString()).isEqualTo("A" + (3 + i));
            }
        }
    }

    @Test
    void aSheetWithoutRowsSaysThereIsNoData() throws Exception {
        Path file = dir.resolve("empty.xlsx");
        XlsxReportWriter.write(document(ReportSheet.builder("s", columns()).emptyMessage("データがありません").build()),
                file, Progress.NONE);
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            assertThat(wb.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).isEqualTo("データがありません");
        }
    }

    @Test
    void aStreamedSheetOfManyRowsUsesAHandfulOfStyles() throws Exception {
        Iterable<ReportRow> rows = () -> LongStream.rangeClosed(1, 5000).mapToObj(i -> ReportRow.of(
                ReportCell.integer(i), ReportCell.text("研修" + i), ReportCell.integer(i % 40))).iterator();
        Path file = dir.resolve("big.xlsx");
        var result = XlsxReportWriter.write(document(ReportSheet.builder("s", columns())
                .streamedRows(rows, 5000).build()), file, Progress.NONE);
        assertThat(result.rows()).isEqualTo(5000);
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(2 + 5000 - 1 + 0);
            assertThat(wb.getNumCellStyles()).isLessThan(12);
            assertThat(wb.getSheetAt(0).getColumnWidth(1) / 256.0).isGreaterThanOrEqualTo(TextWidth.of("研修5000"));
        }
    }

    @Test
    void aFormulaOfTheReportKeepsItsValueForReadersThatDoNotCalculate() throws Exception {
        Path file = dir.resolve("sum.xlsx");
        XlsxReportWriter.write(document(ReportSheet.builder("s", columns()).rows(List.of(
                ReportRow.of(ReportCell.integer(1), ReportCell.text("a"), ReportCell.integer(3)),
                ReportRow.total(ReportCell.BLANK, ReportCell.text("計"),
                        new ReportCell.Formula("SUM(C3:C3)", 3, NumberStyle.INTEGER)))).build()), file, Progress.NONE);
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            var cell = wb.getSheetAt(0).getRow(3).getCell(2);
            assertThat(cell.getCellFormula()).isEqualTo("SUM(C3:C3)");
            assertThat(cell.getNumericCellValue()).isEqualTo(3);
        }
    }
}
