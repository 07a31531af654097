package org.kenshu.ui.goals;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Rectangle;
import org.kenshu.model.Wareki;
import org.kenshu.service.goals.TrendPoint;
import org.kenshu.ui.common.AppState;

/**
 * A small bar per fiscal year (oldest left): the height is the actual value against the highest
 * shown (or the target), filled dark when the target was reached. The tooltip lists the values.
 */
class TrendCell<S> extends TableCell<S, List<TrendPoint>> {
    private static final double HEIGHT = 18;
    private final AppState state;
    private boolean rate;

    TrendCell(AppState state, boolean rate) {
        this.state = state;
        this.rate = rate;
    }

    /** Whether the values are rates (shown as %) or counts. */
    void rate(boolean isRate) {
        this.rate = isRate;
    }

    @Override
    protected void updateItem(List<TrendPoint> points, boolean empty) {
        super.updateItem(points, empty);
        if (empty || points == null || points.isEmpty()) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        double top = points.stream().mapToDouble(p -> Math.max(p.actual(), p.target() == null ? 0 : p.target()))
                .max().orElse(1);
        HBox bars = new HBox(2);
        bars.setAlignment(Pos.BOTTOM_LEFT);
        StringBuilder tip = new StringBuilder();
        for (TrendPoint p : points) {
            Rectangle bar = new Rectangle(9, Math.max(2, HEIGHT * p.actual() / (top == 0 ? 1 : top)));
            bar.getStyleClass().add(p.target() != null && p.actual() >= p.target() ? "trend-met" : "trend-short");
            bars.getChildren().add(bar);
            tip.append(Wareki.fiscalYear(p.fiscalYear(), state.era())).append("  ")
                    .append(rate ? GoalFormat.percent(p.actual()) : String.format("%.0f", p.actual())).append('\n');
        }
        setGraphic(bars);
        setTooltip(new Tooltip(tip.toString().strip()));
    }
}
