package org.kenshu.service.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.Progress;
import org.kenshu.service.ReportKind;

/** 実施計画 進捗表 from the 清瀬市 preset: pillars and directions as headings, 計画 over 実績 per initiative. */
class InitiativesReportTest {
    @TempDir
    static Path dir;
    @TempDir
    Path out;
    static SampleCity kiyose;

    @BeforeAll
    static void applyTheKiyosePreset() {
        kiyose = SampleCity.preset(dir.resolve("db"), "kiyose");
    }

    @AfterAll
    static void close() {
        kiyose.close();
    }

    private XSSFWorkbook export(ReportRequest request) throws Exception {
        Path file = out.resolve("initiatives.xlsx");
        kiyose.exports().export(request, file, Progress.NONE);
        return Sheets.open(file);
    }

    @Test
    void eachInitiativeHasAPlanRowOverAResultRowAndTheyNeverPartAcrossPages() throws Exception {
        try (XSSFWorkbook wb = export(ReportRequest.of(ReportKind.INITIATIVES, 2026))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(Sheets.text(sheet, 0, 0)).isEqualTo("実施計画 進捗表（令和8年度～令和10年度）");
            assertThat(Sheets.rows(sheet, 2).getFirst()).containsExactly("取組", "区分", "令和8年度", "令和9年度",
                    "令和10年度");
            List<List<String>> rows = Sheets.rows(sheet, 3);
            assertThat(rows.getFirst().getFirst()).startsWith("【柱】");
            int plans = 0;
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).size() > 1 && rows.get(i).get(1).equals("計画")) {
                    plans++;
                    assertThat(rows.get(i).getFirst()).isNotBlank();
                    assertThat(rows.get(i + 1).subList(0, 2)).containsExactly("", "実績");
                    int excelRow = 3 + i;
                    assertThat(sheet.getRowBreaks()).as("no page break under a 計画 row").doesNotContain(excelRow);
                }
            }
            assertThat(plans).isEqualTo(22);
            assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("職層、専門性等に応じた人材育成", "計画",
                    "階層別研修と専門職研修を実施"));
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getHeader().getLeft()).contains("清瀬市");
        }
    }

    @Test
    void earlierYearsShowTheResultsTheCityReported() throws Exception {
        try (XSSFWorkbook wb = export(ReportRequest.of(ReportKind.INITIATIVES, 2026).withYears(2022, 2026))) {
            List<List<String>> rows = Sheets.rows(wb.getSheetAt(0), 3);
            assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("", "実績")
                    .anySatisfy(c -> assertThat(c).contains("評定者研修 40名")));
        }
        assertThatThrownBy(() -> export(ReportRequest.of(ReportKind.INITIATIVES, 2026).withYears(2020, 2030)))
                .isInstanceOf(ReportException.class);
    }
}
