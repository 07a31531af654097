package org.kenshu.io.report;

import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;

/**
 * Draws a {@link ReportChart} with POI's XDDF: grey bars with their values on top and the target as a
 * dashed black line on the same axes (a bar + line combination), legible on a black-and-white printer.
 * The chart goes on the streaming sheet's underlying XSSF sheet (SXSSF streams cells only; drawings
 * live in the XSSF part), its data as literal values, its size set by the rows it covers.
 */
final class ChartWriter {
    private static final double TITLE_PT = 12;
    private ChartWriter() {
    }

    /** Draws the chart over {@code ReportChart.ROWS} rows from {@code firstRow}, as wide as {@code columns}. */
    static void draw(XSSFSheet sheet, ReportChart chart, int firstRow, int columns) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, firstRow, columns, firstRow + ReportChart.ROWS);
        XSSFChart c = drawing.createChart(anchor);
        c.setTitleText(chart.title());
        c.setTitleOverlay(false);
        // Default chart titles are 18 pt: too loud beside a 14 pt sheet title.
        c.getTitle().getBody().getParagraph(0).addDefaultRunProperties().setFontSize(TITLE_PT);
        c.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis x = c.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = c.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        y.setMinimum(0);
        if (chart.percent()) {
            y.setMaximum(1);
            y.setMajorUnit(0.2);
            y.setNumberFormat("0%");
        }
        String[] categories = chart.categories().toArray(String[]::new);
        var labels = XDDFDataSourcesFactory.fromArray(categories);
        XDDFBarChartData bars = (XDDFBarChartData) c.createData(ChartTypes.BAR, x, y);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        bars.setGapWidth(80);
        var series = (XDDFBarChartData.Series) bars.addSeries(labels,
                XDDFDataSourcesFactory.fromArray(chart.values().toArray(Double[]::new)));
        series.setTitle(chart.valueName(), null);
        series.setShapeProperties(fill(PresetColor.GRAY));
        valueLabels(series.getCTBarSer().addNewDLbls(), chart.percent() ? "0.0%" : "#,##0");
        c.plot(bars);
        if (chart.target() != null) {
            Double[] target = new Double[categories.length];
            java.util.Arrays.fill(target, chart.target());
            XDDFLineChartData line = (XDDFLineChartData) c.createData(ChartTypes.LINE, x, y);
            line.setVaryColors(false);
            var t = (XDDFLineChartData.Series) line.addSeries(labels, XDDFDataSourcesFactory.fromArray(target));
            t.setTitle(chart.targetName(), null);
            t.setSmooth(false);
            t.setMarkerStyle(MarkerStyle.NONE);
            XDDFLineProperties stroke = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(
                    PresetColor.BLACK)));
            stroke.setWidth(2.0);
            stroke.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setLineProperties(stroke);
            t.setShapeProperties(shape);
            c.plot(line);
        }
    }

    private static XDDFShapeProperties fill(PresetColor color) {
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(color)));
        shape.setLineProperties(new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.BLACK))));
        return shape;
    }

    /** The value on top of each bar, in the sheet's format (the printed page needs no axis reading). */
    private static void valueLabels(CTDLbls labels, String format) {
        labels.addNewNumFmt().setFormatCode(format);
        labels.getNumFmt().setSourceLinked(false);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }
}
