package org.kenshu.service.reports;

import java.math.BigDecimal;
import java.util.List;

/** 個人別研修履歴: for each person, every course completed (all years up to the fiscal year), with days and hours. */
record TranscriptReport(String subject, List<Person> people) {

    record Person(String employeeNo, String name, String kana, String department, String tier, List<Entry> entries) {
    }

    record Entry(int fiscalYear, java.time.LocalDate firstDay, String course, String type, String days,
            BigDecimal hours) {
    }
}
