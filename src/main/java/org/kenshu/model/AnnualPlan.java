package org.kenshu.model;

/** 年度研修計画: one per fiscal year. */
public record AnnualPlan(long id, int fiscalYear, PlanStatus status, Long budget, String note, int version)
        implements Versioned {

    public static AnnualPlan draft(int fiscalYear) {
        return new AnnualPlan(0, fiscalYear, PlanStatus.DRAFT, null, null, 0);
    }
}
