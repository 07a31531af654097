package org.kenshu.service.reports;

import java.time.LocalDate;
import java.util.List;

/** 受講者名簿・出欠表 of one session: its course and days, and the people nominated, in 五十音順. */
record SignInReport(String course, int sessionNo, int sessionCount, List<LocalDate> days, String venue,
        String instructor, List<Person> people) {

    record Person(String employeeNo, String name, String kana, String department) {
    }
}
