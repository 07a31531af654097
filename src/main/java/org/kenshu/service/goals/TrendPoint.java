package org.kenshu.service.goals;

/** A goal's actual value in one earlier (or the selected) fiscal year, with the target that applied. */
public record TrendPoint(int fiscalYear, double actual, Double target) {
}
