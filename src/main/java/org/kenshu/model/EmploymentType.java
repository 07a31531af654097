package org.kenshu.model;

/** 任用形態: regular staff, re-appointed (再任用・役職定年), 会計年度任用職員, others. */
public enum EmploymentType {
    REGULAR,
    REAPPOINTED,
    FISCAL_YEAR_APPOINTED,
    OTHER
}
