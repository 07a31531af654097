package org.kenshu.ui.plan;

import org.kenshu.service.CatalogService;
import org.kenshu.service.PlanService;
import org.kenshu.service.Services;
import org.kenshu.service.calendar.HolidayService;
import org.kenshu.service.plan.AnnualPlanService;
import org.kenshu.service.plan.CurriculumService;
import org.kenshu.service.plan.SessionCancelService;
import org.kenshu.service.plan.SessionEditService;
import org.kenshu.service.plan.YearCopyService;
import org.kenshu.service.plan.checks.PlanCheckService;

/** The services the 年度計画 page uses, handed over as one. */
public record PlanServices(PlanService plans, AnnualPlanService annualPlans, SessionEditService sessions,
        SessionCancelService cancellations, YearCopyService yearCopy, PlanCheckService checks,
        CurriculumService curriculum, CatalogService catalog, HolidayService holidays) {

    public static PlanServices of(Services s) {
        return new PlanServices(s.plans, s.annualPlans, s.sessions, s.cancellations, s.yearCopy, s.planChecks,
                s.curriculum, s.catalog, s.holidays);
    }
}
