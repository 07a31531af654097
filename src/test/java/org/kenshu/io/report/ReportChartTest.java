package org.kenshu.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.Progress;

class ReportChartTest {
    @TempDir
    Path dir;

    static ReportChart tiers() {
        return new ReportChart("職層別の受講率", List.of("主事", "主任", "係長", "課長"), Arrays.asList(0.95, 0.88, null, 1.0),
                "実績", 0.9, "目標 90.0%", true);
    }

    private static List<ReportRow> rows(int n) {
        List<ReportRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(ReportRow.of(ReportCell.integer(i + 1), ReportCell.text("職層" + i), ReportCell.integer(10)));
        }
        return rows;
    }

    private XSSFSheet write(ReportSheet sheet, String name) throws Exception {
        Path file = dir.resolve(name + ".xlsx");
        XlsxReportWriter.write(XlsxReportWriterTest.document(sheet), file, Progress.NONE);
        return new XSSFWorkbook(file.toFile()).getSheetAt(0);
    }

    @Test
    void aChartUnderTheTableHasABarPerCategoryAndTheTargetAsALineOnTheSameAxes() throws Exception {
        XSSFSheet s = write(ReportSheet.builder("職層別", XlsxReportWriterTest.columns()).title("受講率")
                .rows(rows(4)).chart(tiers()).build(), "chart");
        try (var wb = s.getWorkbook()) {
            List<XSSFChart> charts = s.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            XSSFChart chart = charts.getFirst();
            assertThat(chart.getTitleText().getString()).isEqualTo("職層別の受講率");
            List<XDDFChartData> data = chart.getChartSeries();
            assertThat(data).hasSize(2);
            XDDFChartData bars = data.get(0);
            assertThat(bars).isInstanceOf(XDDFBarChartData.class);
            assertThat(bars.getSeries(0).getCategoryData().getPointCount()).isEqualTo(4);
            assertThat(bars.getSeries(0).getCategoryData().getPointAt(2)).isEqualTo("係長");
            assertThat(bars.getSeries(0).getValuesData().getPointAt(1).doubleValue()).isEqualTo(0.88);
            XDDFChartData line = data.get(1);
            assertThat(line).isInstanceOf(XDDFLineChartData.class);
            assertThat(line.getSeries(0).getValuesData().getPointAt(3).doubleValue()).isEqualTo(0.9);
            assertThat(line.getCategoryAxis().getId()).isEqualTo(bars.getCategoryAxis().getId());
            var anchor = s.getDrawingPatriarch().getCTDrawing().getTwoCellAnchorArray(0);
            assertThat(anchor.getFrom().getRow()).isGreaterThan(2 + 1 + 4);
            assertThat(anchor.getTo().getCol()).isEqualTo(3);
            assertThat(s.getRowBreaks()).isEmpty();
        }
    }

    @Test
    void aChartThatWouldNotFitUnderALongTableStartsAPageOfItsOwn() throws Exception {
        XSSFSheet s = write(ReportSheet.builder("長い表", XlsxReportWriterTest.columns()).title("受講率")
                .rows(rows(30)).chart(tiers()).build(), "long");
        try (var wb = s.getWorkbook()) {
            int chartRow = s.getDrawingPatriarch().getCTDrawing().getTwoCellAnchorArray(0).getFrom().getRow();
            assertThat(s.getRowBreaks()).containsExactly(chartRow - 1);
        }
    }

    @Test
    void aChartNeedsOneValuePerCategoryAndALaidOutSheet() {
        assertThatThrownBy(() -> new ReportChart("x", List.of("a"), List.of(), "実績", null, "", false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportSheet.builder("x", XlsxReportWriterTest.columns())
                .streamedRows(List.of(), 0).chart(tiers()).build()).isInstanceOf(IllegalArgumentException.class);
    }
}
