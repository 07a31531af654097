package org.kenshu.model;

/** How someone came to a course: 指名, 公募 (applied), or attended without either (walk-in). */
public enum EnrollmentKind {
    NOMINATED,
    APPLIED,
    WALK_IN
}
