package org.kenshu.ui.goals;

import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Line;
import org.kenshu.service.goals.Breakdown;

/**
 * A bar per group (tier, department) with a dashed line at the target. Bars that reach the target
 * are drawn in the accent colour, the others in the warning colour. Values are percentages for
 * rate goals, counts otherwise.
 */
public final class TargetBarChart extends BarChart<String, Number> {
    private final Line targetLine = new Line();
    private Double target;

    public TargetBarChart() {
        super(new CategoryAxis(), new NumberAxis());
        setLegendVisible(false);
        setAnimated(false);
        getStyleClass().add("target-chart");
        targetLine.getStyleClass().add("target-line");
        targetLine.setManaged(false);
        getPlotChildren().add(targetLine);
    }

    /** Shows {@code groups}; {@code target} as a percentage (or count), null for no line. */
    public void show(List<Breakdown> groups, boolean rate, Double target) {
        this.target = target == null ? null : rate ? target * 100 : target;
        NumberAxis y = (NumberAxis) getYAxis();
        y.setAutoRanging(!rate);
        if (rate) {
            y.setLowerBound(0);
            y.setUpperBound(100);
            y.setTickUnit(20);
        }
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (Breakdown b : groups) {
            double value = b.actual() == null ? 0 : rate ? b.actual() * 100 : b.actual();
            series.getData().add(new XYChart.Data<>(b.label(), value));
        }
        getData().setAll(List.of(series));
        targetLine.setVisible(this.target != null);
        requestChartLayout();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        // BarChart resets a bar's style classes when it creates it: colour the bars here, after.
        for (XYChart.Series<String, Number> series : getData()) {
            for (XYChart.Data<String, Number> bar : series.getData()) {
                if (bar.getNode() != null) {
                    boolean met = target != null && bar.getYValue().doubleValue() >= target;
                    bar.getNode().getStyleClass().removeAll("bar-met", "bar-short");
                    bar.getNode().getStyleClass().add(met ? "bar-met" : "bar-short");
                }
            }
        }
        if (target != null) {
            double y = getYAxis().getDisplayPosition(target);
            targetLine.setStartX(0);
            targetLine.setEndX(getXAxis().getWidth());
            targetLine.setStartY(y);
            targetLine.setEndY(y);
            targetLine.toFront();
        }
    }

    /** The target line's height in the plot, for tests. */
    public Line targetLine() {
        return targetLine;
    }
}
