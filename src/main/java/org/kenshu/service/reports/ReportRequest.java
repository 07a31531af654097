package org.kenshu.service.reports;

import org.kenshu.service.ReportKind;

/**
 * What to export: the report, the fiscal year and the options some reports need.
 *
 * @param sessionId  signin: the session
 * @param staffNo    transcript: one staff member's employee number
 * @param department transcript: a department (its name or full name), with the departments under it
 * @param fromYear   initiatives: the first fiscal year shown (default: the fiscal year)
 * @param toYear     initiatives: the last fiscal year shown (default: two years later)
 * @param goalCode   missing: the goal whose gap is listed (its code, 「tier-uptake」)
 */
public record ReportRequest(ReportKind kind, int fiscalYear, Long sessionId, String staffNo, String department,
        Integer fromYear, Integer toYear, String goalCode) {

    public static ReportRequest of(ReportKind kind, int fiscalYear) {
        return new ReportRequest(kind, fiscalYear, null, null, null, null, null, null);
    }

    public ReportRequest withSession(Long id) {
        return new ReportRequest(kind, fiscalYear, id, staffNo, department, fromYear, toYear, goalCode);
    }

    public ReportRequest withStaff(String employeeNo) {
        return new ReportRequest(kind, fiscalYear, sessionId, employeeNo, department, fromYear, toYear, goalCode);
    }

    public ReportRequest withDepartment(String name) {
        return new ReportRequest(kind, fiscalYear, sessionId, staffNo, name, fromYear, toYear, goalCode);
    }

    public ReportRequest withYears(Integer from, Integer to) {
        return new ReportRequest(kind, fiscalYear, sessionId, staffNo, department, from, to, goalCode);
    }

    public ReportRequest withGoal(String code) {
        return new ReportRequest(kind, fiscalYear, sessionId, staffNo, department, fromYear, toYear, code);
    }
}
