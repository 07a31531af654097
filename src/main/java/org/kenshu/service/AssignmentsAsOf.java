package org.kenshu.service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kenshu.model.Assignment;

/** For each staff member, the assignment in force on a date: the latest one starting on or before it. */
final class AssignmentsAsOf {
    private AssignmentsAsOf() {
    }

    static Map<Long, Assignment> on(List<Assignment> all, LocalDate date) {
        Map<Long, Assignment> current = new HashMap<>();
        for (Assignment a : all) {
            if (a.validFrom().isAfter(date)) {
                continue;
            }
            current.merge(a.staffId(), a, (x, y) -> x.validFrom().isAfter(y.validFrom()) ? x : y);
        }
        return current;
    }
}
