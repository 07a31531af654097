package org.kenshu.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kenshu.model.Assignment;
import org.kenshu.model.Staff;

/**
 * Assignments that still matter on a date: the one in force for each staff member still employed,
 * and every one that starts later (a transfer already entered for next April). Past rows are
 * history and never count as "in use".
 */
final class InForce {
    private InForce() {
    }

    static List<Assignment> on(List<Assignment> all, List<Staff> staff, LocalDate date) {
        Map<Long, Staff> byId = staff.stream().collect(Collectors.toMap(Staff::id, Function.identity()));
        List<Assignment> result = new ArrayList<>(AssignmentsAsOf.on(all, date).values());
        result.removeIf(a -> left(byId.get(a.staffId()), date));
        all.stream().filter(a -> a.validFrom().isAfter(date)).forEach(result::add);
        return result;
    }

    /** How many staff use {@code id} (a tier, job category or department) from {@code date} on. */
    static long staffUsing(List<Assignment> inForce, Function<Assignment, Long> field, long id) {
        return inForce.stream().filter(a -> Long.valueOf(id).equals(field.apply(a))).map(Assignment::staffId)
                .distinct().count();
    }

    private static boolean left(Staff s, LocalDate date) {
        return s != null && s.leftOn() != null && s.leftOn().isBefore(date);
    }
}
