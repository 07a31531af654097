package org.kenshu.service;

import java.time.LocalDate;
import org.kenshu.model.StaffStatus;

/** One line of the staff table: the staff member with the assignment in force on the roster date. */
public record RosterEntry(long staffId, String employeeNo, String name, String kana, String department,
        String tier, int tierRank, String jobCategory, StaffStatus status, LocalDate hiredOn, LocalDate leftOn) {
}
