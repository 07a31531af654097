package org.kenshu.service.goals;

import java.util.List;
import org.kenshu.model.Goal;
import org.kenshu.model.GoalStatus;
import org.kenshu.model.I18n;

/**
 * A goal counted for one fiscal year (DESIGN.md §5). Rate goals: {@code actual} = numerator /
 * denominator (null when the denominator is 0) and {@code forecast} the same with every remaining
 * nominated person counted as completed. Headcount goals: {@code numerator} = {@code actual} = the
 * count, no denominator. Manual goals: the value entered for the year, with its {@code sourceNote}.
 */
public record GoalResult(Goal goal, int fiscalYear, Target target, Integer numerator, Integer denominator,
        Double actual, Integer forecastNumerator, Double forecast, GoalStatus status, boolean yearEnded,
        List<Breakdown> byTier, List<Breakdown> byDepartment, String sourceNote) {

    public GoalResult {
        byTier = List.copyOf(byTier);
        byDepartment = List.copyOf(byDepartment);
    }

    /**
     * The status in words, as the Goals page, {@code kenshu kpi} and the 目標達成状況 report show it: a past
     * year that fell short reads 「未達成」 rather than 「要注意」; a goal with no value at all (a manual goal not
     * yet entered, nobody counted) reads 「実績なし」, which is not a failure to report upwards.
     */
    public String statusText() {
        if (actual == null) {
            return I18n.t("goals.status.noValue");
        }
        return status == GoalStatus.AT_RISK && yearEnded ? I18n.t("goals.status.notAchieved") : I18n.label(status);
    }

    /** True when the goal's values are fractions (shown as %), false for counts. */
    public boolean isRate() {
        return target.isRate() || denominator != null;
    }
}
