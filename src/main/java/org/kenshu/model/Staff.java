package org.kenshu.model;

import java.time.LocalDate;

/** 職員: {@code employeeNo} is the stable key across rosters and years; {@code leftOn} is the last day employed (退職日). */
public record Staff(long id, String employeeNo, String name, String kana, EmploymentType employmentType,
        LocalDate hiredOn, LocalDate leftOn, String leftReason, String note, int version) implements Versioned {

    public static Staff of(String employeeNo, String name, String kana, LocalDate hiredOn) {
        return new Staff(0, employeeNo, name, kana, EmploymentType.REGULAR, hiredOn, null, null, null, 0);
    }

    /** Employed on {@code date}: hired on or before it, and it is not after the 退職日. */
    public boolean isEmployedOn(LocalDate date) {
        return (hiredOn == null || !date.isBefore(hiredOn)) && (leftOn == null || !date.isAfter(leftOn));
    }

    public Staff withLeftOn(LocalDate date, String reason) {
        return new Staff(id, employeeNo, name, kana, employmentType, hiredOn, date, reason, note, version);
    }
}
