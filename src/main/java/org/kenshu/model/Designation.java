package org.kenshu.model;

import java.time.LocalDate;

/** A staff member holds a role in a fiscal year, perhaps as part of a cohort (1期生). */
public record Designation(long id, long staffId, long roleId, int fiscalYear, String cohort, LocalDate grantedOn,
        String note, int version) implements Versioned {
}
