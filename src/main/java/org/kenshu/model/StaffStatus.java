package org.kenshu.model;

import java.time.LocalDate;
import java.util.List;

/** 在職区分 on a given date: derived from hire/leave dates and periods away. */
public enum StaffStatus {
    ACTIVE,
    LEAVE_OF_ABSENCE,
    CHILDCARE_LEAVE,
    SICK_LEAVE,
    LEFT,
    NOT_YET_HIRED;

    public static StaffStatus of(Staff staff, List<StaffAbsence> absences, LocalDate date) {
        if (staff.leftOn() != null && date.isAfter(staff.leftOn())) {
            return LEFT;
        }
        if (staff.hiredOn() != null && date.isBefore(staff.hiredOn())) {
            return NOT_YET_HIRED;
        }
        for (StaffAbsence a : absences) {
            if (a.covers(date)) {
                return switch (a.kind()) {
                    case CHILDCARE_LEAVE -> CHILDCARE_LEAVE;
                    case SICK_LEAVE -> SICK_LEAVE;
                    case LEAVE_OF_ABSENCE, OTHER -> LEAVE_OF_ABSENCE;
                };
            }
        }
        return ACTIVE;
    }
}
