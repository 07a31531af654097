package org.kenshu.service.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kenshu.model.Session;
import org.kenshu.model.SessionStatus;

class CapacityPlanTest {
    static final BigDecimal NINETY = new BigDecimal("0.9");

    private static SessionSlot slot(Integer capacity, SessionStatus status) {
        return new SessionSlot(new Session(1, 1, 1, 1, null, null, null, capacity, null, null, status, null, 0),
                List.of(LocalDate.of(2026, 5, 12)), capacity);
    }

    @Test
    void moreSessionsAreTheShortfallToTheGoalDividedBySessionSizeRoundedUp() {
        assertThat(CapacityPlan.moreSessions(194, 150, 15, NINETY)).isEqualTo(2); // 174.6 − 150 = 24.6 → 2
        assertThat(CapacityPlan.moreSessions(194, 165, 15, NINETY)).isEqualTo(1); // 9.6 → 1
        assertThat(CapacityPlan.moreSessions(100, 90, 15, NINETY)).isZero();
        assertThat(CapacityPlan.moreSessions(100, 200, 15, NINETY)).isZero();
        assertThat(CapacityPlan.moreSessions(100, 0, null, NINETY)).isNull();
    }

    @Test
    void capacityCountsSessionsNotCancelledAndNoticesOneWithoutLimit() {
        CapacityPlan plan = CapacityPlan.of(50, List.of(slot(15, SessionStatus.PLANNED),
                slot(15, SessionStatus.CANCELLED), slot(12, SessionStatus.PLANNED)), null, NINETY, null);
        assertThat(plan.capacity()).isEqualTo(27);
        assertThat(plan.sessions()).isEqualTo(2);
        assertThat(plan.sessionSize()).isEqualTo(15);
        assertThat(plan.seatsNeeded()).isEqualTo(45);
        assertThat(plan.moreSessions()).isEqualTo(2);
        CapacityPlan open = CapacityPlan.of(50, List.of(slot(null, SessionStatus.PLANNED)), 20, NINETY, null);
        assertThat(open.unlimited()).isTrue();
        assertThat(open.moreSessions()).isZero();
    }
}
