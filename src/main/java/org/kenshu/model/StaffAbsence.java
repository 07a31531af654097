package org.kenshu.model;

import java.time.LocalDate;

/** A period away from work (休職・育休 …); {@code endOn} null while it lasts. */
public record StaffAbsence(long id, long staffId, AbsenceKind kind, LocalDate startOn, LocalDate endOn, String note,
        int version) implements Versioned {

    public boolean covers(LocalDate date) {
        return !date.isBefore(startOn) && (endOn == null || !date.isAfter(endOn));
    }
}
