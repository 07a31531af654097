package org.kenshu.model;

/** 指名 (the officer nominates) or 公募 (staff apply). */
public enum EnrollmentMode {
    NOMINATION,
    APPLICATION
}
