package org.kenshu.service;

/** The Excel reports (帳票) the officer hands to management; CLI names are {@link #cliName()}. */
public enum ReportKind {
    PLAN,
    CURRICULUM,
    SIGNIN,
    ATTENDANCE,
    GOALS,
    MISSING,
    TRANSCRIPT,
    INITIATIVES,
    BUDGET;

    public String cliName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
