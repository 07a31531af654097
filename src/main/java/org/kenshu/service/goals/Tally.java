package org.kenshu.service.goals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.kenshu.model.Goal;
import org.kenshu.model.GoalStatus;

/** Turns the people a goal counted into its result: totals, forecast, status and the breakdowns. */
final class Tally {
    private Tally() {
    }

    static GoalResult rate(Goal goal, int fiscalYear, Target target, List<Counted> rows, Labels labels,
            boolean ended) {
        int numerator = (int) rows.stream().filter(Counted::completed).count();
        int forecast = numerator + (int) rows.stream().filter(Counted::pending).count();
        int denominator = rows.size();
        GoalStatus status = denominator == 0 ? GoalStatus.AT_RISK
                : target.reachedBy(numerator, denominator) ? GoalStatus.ACHIEVED
                : target.reachedBy(forecast, denominator) ? GoalStatus.ON_TRACK
                : GoalStatus.AT_RISK;
        return new GoalResult(goal, fiscalYear, target, numerator, denominator, ratio(numerator, denominator),
                forecast, ratio(forecast, denominator), status, ended,
                groups(rows, r -> r.person().tierId(), labels.tierOrder(), labels::tier, false),
                groups(rows, r -> labels.topDepartment(r.person().departmentId()), labels.departmentOrder(),
                        labels::department, false),
                null);
    }

    static GoalResult headcount(Goal goal, int fiscalYear, Target target, List<Counted> rows, Labels labels,
            boolean ended) {
        int count = rows.size();
        GoalStatus status = target.reachedBy(count, 0) ? GoalStatus.ACHIEVED : GoalStatus.AT_RISK;
        return new GoalResult(goal, fiscalYear, target, count, null, (double) count, count, (double) count, status,
                ended, groups(rows, r -> r.person().tierId(), labels.tierOrder(), labels::tier, true),
                groups(rows, r -> labels.topDepartment(r.person().departmentId()), labels.departmentOrder(),
                        labels::department, true),
                null);
    }

    static GoalResult manual(Goal goal, int fiscalYear, Target target, BigDecimal value, String source,
            boolean ended) {
        Double actual = value == null ? null : value.doubleValue();
        GoalStatus status = value != null && target.reachedBy(value) ? GoalStatus.ACHIEVED : GoalStatus.AT_RISK;
        return new GoalResult(goal, fiscalYear, target, null, null, actual, null, actual, status, ended, List.of(),
                List.of(), source);
    }

    private static Double ratio(int numerator, int denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }

    private static List<Breakdown> groups(List<Counted> rows, Function<Counted, Long> key,
            java.util.Comparator<Long> order, Function<Long, String> label, boolean counts) {
        Map<Long, int[]> tally = new TreeMap<>(java.util.Comparator.nullsLast(order.thenComparing(
                java.util.Comparator.naturalOrder())));
        for (Counted r : rows) {
            int[] t = tally.computeIfAbsent(key.apply(r), k -> new int[2]);
            t[0] += r.completed() ? 1 : 0;
            t[1]++;
        }
        List<Breakdown> groups = new ArrayList<>();
        tally.forEach((id, t) -> groups.add(counts ? Breakdown.count(label.apply(id), t[1])
                : Breakdown.of(label.apply(id), t[0], t[1])));
        return groups;
    }
}
