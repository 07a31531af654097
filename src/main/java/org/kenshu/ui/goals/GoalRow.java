package org.kenshu.ui.goals;

import java.util.List;
import org.kenshu.service.goals.GoalResult;
import org.kenshu.service.goals.TrendPoint;

/** A row of the dashboard: the goal counted for the year, and its trend once that is loaded. */
public record GoalRow(GoalResult result, List<TrendPoint> trend) {
    public GoalRow {
        trend = List.copyOf(trend);
    }
}
