package org.kenshu.model;

/** 年度研修計画: draft while planned, fixed once circulated. */
public enum PlanStatus {
    DRAFT,
    FIXED
}
