package org.kenshu.service.plan.checks;

/** Why a session is shown as a warning of the annual plan. */
public enum PlanWarningKind {
    WEEKEND,
    HOLIDAY,
    YEAR_END_CLOSURE,
    VENUE_CLASH,
    INSTRUCTOR_CLASH,
    PERSON_CLASH,
    OVER_CAPACITY,
    TOO_FEW_APPLICANTS
}
