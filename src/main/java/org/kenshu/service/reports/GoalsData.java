package org.kenshu.service.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kenshu.service.GoalEntry;
import org.kenshu.service.GoalService;
import org.kenshu.service.goals.GoalResult;

/** Reads the year's goals through the goals engine: no counting of its own. */
final class GoalsData {
    private GoalsData() {
    }

    static GoalsReport read(GoalService goals, ReportContext ctx) {
        Map<Long, String> scopes = new HashMap<>();
        for (GoalEntry e : goals.goals(ctx.fiscalYear())) {
            scopes.put(e.goal().id(), e.scope());
        }
        List<GoalResult> results = goals.results(ctx.fiscalYear());
        return new GoalsReport(results.stream()
                .map(r -> new GoalsReport.Line(r, scopes.getOrDefault(r.goal().id(), ""))).toList());
    }
}
