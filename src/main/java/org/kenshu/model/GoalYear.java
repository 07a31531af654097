package org.kenshu.model;

import java.math.BigDecimal;

/** A goal's values for one fiscal year: a manual value with its source, or a target that differs that year. */
public record GoalYear(long id, long goalId, int fiscalYear, BigDecimal targetRate, Integer targetCount,
        BigDecimal manualValue, String sourceNote, int version) implements Versioned {
}
