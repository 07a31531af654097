package org.kenshu.service.goals;

import java.math.BigDecimal;

/** A goal's target in one fiscal year: a rate (0.9 = 90%) or a count (12人). */
public record Target(BigDecimal rate, Integer count) {

    public boolean isRate() {
        return rate != null;
    }

    /** The target as a number: the rate as a fraction, or the count; null when none is set. */
    public Double value() {
        return rate != null ? Double.valueOf(rate.doubleValue()) : count != null ? Double.valueOf(count) : null;
    }

    /** True when {@code numerator / denominator} (or the count {@code numerator}) reaches the target, exactly. */
    boolean reachedBy(int numerator, int denominator) {
        if (rate != null) {
            return denominator > 0
                    && BigDecimal.valueOf(numerator).compareTo(rate.multiply(BigDecimal.valueOf(denominator))) >= 0;
        }
        return count != null && numerator >= count;
    }

    /** True when a value (a fraction for rate targets, else a count) reaches the target. */
    boolean reachedBy(BigDecimal value) {
        BigDecimal wanted = rate != null ? rate : count != null ? BigDecimal.valueOf(count) : null;
        return wanted != null && value.compareTo(wanted) >= 0;
    }
}
