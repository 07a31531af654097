package org.kenshu.service.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Capacity planning for one course: targets against the planned seats (sessions not cancelled), and
 * how many more sessions of {@code sessionSize} seats the goal rate needs:
 * {@code ceil((goalRate × targets − capacity) / sessionSize)}, never below 0. With 194 targets, 90% and
 * 150 seats: ceil((174.6 − 150) / 15) = 2 more sessions. {@code moreSessions} is null when no session
 * size is known; {@code unlimited} when a planned session has no capacity at all.
 */
public record CapacityPlan(int targets, int capacity, int sessions, boolean unlimited, Integer sessionSize,
        BigDecimal goalRate, String goalName, Integer moreSessions) {

    static CapacityPlan of(int targets, List<SessionSlot> slots, Integer defaultCapacity, BigDecimal goalRate,
            String goalName) {
        int capacity = 0;
        int sessions = 0;
        boolean unlimited = false;
        Integer largest = null;
        for (SessionSlot s : slots) {
            if (s.cancelled()) {
                continue;
            }
            sessions++;
            if (s.capacity() == null) {
                unlimited = true;
            } else {
                capacity += s.capacity();
                largest = largest == null ? s.capacity() : Math.max(largest, s.capacity());
            }
        }
        Integer size = defaultCapacity != null && defaultCapacity > 0 ? defaultCapacity : largest;
        Integer more = unlimited ? Integer.valueOf(0) : moreSessions(targets, capacity, size, goalRate);
        return new CapacityPlan(targets, capacity, sessions, unlimited, size, goalRate, goalName, more);
    }

    static Integer moreSessions(int targets, int capacity, Integer sessionSize, BigDecimal goalRate) {
        BigDecimal shortfall = goalRate.multiply(BigDecimal.valueOf(targets)).subtract(BigDecimal.valueOf(capacity));
        if (shortfall.signum() <= 0) {
            return 0;
        }
        if (sessionSize == null || sessionSize <= 0) {
            return null;
        }
        return shortfall.divide(BigDecimal.valueOf(sessionSize), 0, RoundingMode.CEILING).intValueExact();
    }

    /** Seats the goal needs: ceil(goalRate × targets). */
    public int seatsNeeded() {
        return goalRate.multiply(BigDecimal.valueOf(targets)).setScale(0, RoundingMode.CEILING).intValueExact();
    }
}
