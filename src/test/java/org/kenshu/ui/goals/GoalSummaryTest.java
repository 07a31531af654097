package org.kenshu.ui.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kenshu.model.Goal;
import org.kenshu.model.GoalKind;
import org.kenshu.model.GoalStatus;
import org.kenshu.service.goals.GoalResult;
import org.kenshu.service.goals.Target;

/** The line above the goal list, and the badge class of a goal without a value. */
class GoalSummaryTest {
    private static GoalResult result(String code, Double actual, GoalStatus status) {
        Goal goal = new Goal(1, code, code, GoalKind.MANUAL, new BigDecimal("0.8"), null, null, Set.of(), Set.of(),
                Set.of(), null, true, null, null, null, "%", null, 0, 0);
        return new GoalResult(goal, 2026, new Target(new BigDecimal("0.8"), null), null, null, actual, null, actual,
                status, false, List.of(), List.of(), null);
    }

    @Test
    void aGoalWithoutAValueIsCountedApartFromTheOnesAtRisk() {
        var results = List.of(result("a", 0.9, GoalStatus.ACHIEVED), result("b", 0.5, GoalStatus.AT_RISK),
                result("c", null, GoalStatus.AT_RISK));

        assertThat(GoalDashboardViewModel.summary(results)).isEqualTo("目標 3 件：達成 1・見込みあり 0・要注意 1・実績なし 1");
        assertThat(GoalFormat.styleClass(results.get(2))).isEqualTo("status-no-value");
        assertThat(GoalFormat.styleClass(results.get(1))).isEqualTo("status-at-risk");
    }

    @Test
    void withEveryValueInTheLineSaysNothingOfMissingValues() {
        assertThat(GoalDashboardViewModel.summary(List.of(result("a", 0.9, GoalStatus.ACHIEVED))))
                .isEqualTo("目標 1 件：達成 1・見込みあり 0・要注意 0");
    }
}
