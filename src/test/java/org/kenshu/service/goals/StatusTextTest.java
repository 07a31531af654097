package org.kenshu.service.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kenshu.model.Goal;
import org.kenshu.model.GoalKind;
import org.kenshu.model.GoalStatus;

/** The status in words that the Goals page, kpi and the 目標達成状況 report share. */
class StatusTextTest {
    private static final Goal GOAL = new Goal(1, "satisfaction", "研修満足度", GoalKind.MANUAL, new BigDecimal("0.8"),
            null, null, Set.of(), Set.of(), Set.of(), null, true, null, null, null, "%", null, 0, 0);

    private static GoalResult result(Double actual, GoalStatus status, boolean yearEnded) {
        return new GoalResult(GOAL, 2025, new Target(new BigDecimal("0.8"), null), null, null, actual, null, actual,
                status, yearEnded, List.of(), List.of(), null);
    }

    @Test
    void aPastYearThatFellShortReadsNotAchieved() {
        assertThat(result(0.7, GoalStatus.AT_RISK, true).statusText()).isEqualTo("未達成");
    }

    @Test
    void aYearStillRunningReadsAtRisk() {
        assertThat(result(0.7, GoalStatus.AT_RISK, false).statusText()).isEqualTo("要注意");
    }

    @Test
    void noValueIsNotReportedAsAFailure() {
        assertThat(result(null, GoalStatus.AT_RISK, true).statusText()).isEqualTo("実績なし");
    }
}
