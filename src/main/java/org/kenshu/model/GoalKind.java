package org.kenshu.model;

/** How a goal is counted (DESIGN.md §5). */
public enum GoalKind {
    UPTAKE,
    COVERAGE,
    HEADCOUNT,
    MANUAL
}
