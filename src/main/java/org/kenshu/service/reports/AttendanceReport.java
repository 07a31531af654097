package org.kenshu.service.reports;

import java.util.List;

/**
 * 受講状況: per session, how many were nominated and how many completed, were absent or are not yet
 * recorded; and per person, each nomination with its marks (the large part: rows are made as written).
 */
record AttendanceReport(List<SessionLine> sessions, Iterable<PersonLine> people, long peopleCount) {

    /** @param completed attended every day; @param absent recorded but not completed; @param pending no marks yet */
    record SessionLine(String type, String course, String sessionNo, String days, int nominated, int completed,
            int absent, int pending, int walkIns) {
    }

    record PersonLine(String employeeNo, String name, String department, String course, String sessionNo,
            String days, String marks, String completed) {
    }
}
