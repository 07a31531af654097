package org.kenshu.service.goals;

import java.time.LocalDate;

/** A staff member as a goal counts them: employment dates and the assignment that applies. */
record Person(long staffId, LocalDate hiredOn, LocalDate leftOn, Long tierId, Long departmentId,
        Long jobCategoryId) {
}
