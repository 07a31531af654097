package org.kenshu.service.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kenshu.model.Assignment;
import org.kenshu.service.DepartmentNames;
import org.kenshu.store.Repositories;

/** Where each staff member was placed on a given date: the full department name and the tier id. */
final class Placements {
    private final Map<Long, List<Assignment>> byStaff = new HashMap<>();
    private final DepartmentNames names;

    Placements(Repositories repos) {
        for (Assignment a : repos.assignments.findAll()) {
            byStaff.computeIfAbsent(a.staffId(), k -> new ArrayList<>()).add(a); // oldest first
        }
        names = new DepartmentNames(repos.departments.findAll());
    }

    /** The assignment in force on {@code date} (the latest starting on or before it), else the first one. */
    Assignment on(long staffId, LocalDate date) {
        List<Assignment> list = byStaff.getOrDefault(staffId, List.of());
        Assignment found = null;
        for (Assignment a : list) {
            if (date == null || !a.validFrom().isAfter(date)) {
                found = a;
            }
        }
        return found != null || list.isEmpty() ? found : list.getFirst();
    }

    String department(long staffId, LocalDate date) {
        Assignment a = on(staffId, date);
        return a == null ? "" : names.fullName(a.departmentId());
    }

    String departmentName(Long departmentId) {
        return names.fullName(departmentId);
    }
}
