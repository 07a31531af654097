package org.kenshu.service;

/** A report of the 帳票 page with a summary of the data it draws on for the selected year. */
public record ReportOverview(ReportKind kind, String dataSummary, boolean hasData) {
}
