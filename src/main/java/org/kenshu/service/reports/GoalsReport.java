package org.kenshu.service.reports;

import java.util.List;
import org.kenshu.service.goals.GoalResult;

/**
 * 目標達成状況: every goal covering the fiscal year as the goals engine counts it (the Goals page and
 * {@code kenshu kpi} show the same results), with what each counts in words.
 */
record GoalsReport(List<Line> lines) {

    GoalsReport {
        lines = List.copyOf(lines);
    }

    /** @param scope what the goal counts (「階層別研修のすべて」, a role, courses) */
    record Line(GoalResult result, String scope) {
    }
}
