package org.kenshu.service.targets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.kenshu.model.Assignment;
import org.kenshu.model.Staff;
import org.kenshu.model.StaffAbsence;

/**
 * Every staff member with their assignment history and leave periods, loaded once into arrays so
 * target rules and session assignment never query per person (a 30,000-staff city in well under a second).
 */
final class StaffFacts {
    private static final Assignment[] NO_ASSIGNMENTS = {};
    private static final StaffAbsence[] NO_ABSENCES = {};

    private final Staff[] staff;
    private final Map<Long, Integer> index = new HashMap<>();
    private final Assignment[][] history;
    private final StaffAbsence[][] absences;

    StaffFacts(List<Staff> all, List<Assignment> assignments, List<StaffAbsence> leave) {
        staff = all.toArray(Staff[]::new);
        for (int i = 0; i < staff.length; i++) {
            index.put(staff[i].id(), i);
        }
        history = new Assignment[staff.length][];
        List<List<Assignment>> byStaff = group(assignments, Assignment::staffId);
        for (int i = 0; i < staff.length; i++) {
            List<Assignment> l = byStaff.get(i);
            history[i] = l == null ? NO_ASSIGNMENTS
                    : l.stream().sorted(Comparator.comparing(Assignment::validFrom)).toArray(Assignment[]::new);
        }
        absences = new StaffAbsence[staff.length][];
        List<List<StaffAbsence>> leaveByStaff = group(leave, StaffAbsence::staffId);
        for (int i = 0; i < staff.length; i++) {
            List<StaffAbsence> l = leaveByStaff.get(i);
            absences[i] = l == null ? NO_ABSENCES
                    : l.stream().sorted(Comparator.comparing(StaffAbsence::startOn)).toArray(StaffAbsence[]::new);
        }
    }

    /** Rows per staff index (null where a staff member has none); rows of unknown staff are ignored. */
    private <T> List<List<T>> group(List<T> rows, ToLongFunction<T> staffId) {
        List<List<T>> lists = new ArrayList<>(Collections.nCopies(staff.length, null));
        for (T row : rows) {
            Integer i = index.get(staffId.applyAsLong(row));
            if (i != null) {
                if (lists.get(i) == null) {
                    lists.set(i, new ArrayList<>(2));
                }
                lists.get(i).add(row);
            }
        }
        return lists;
    }

    int size() {
        return staff.length;
    }

    Staff staff(int i) {
        return staff[i];
    }

    /** The index of a staff id, or -1 when unknown. */
    int indexOf(long staffId) {
        Integer i = index.get(staffId);
        return i == null ? -1 : i;
    }

    /** The assignment in force on {@code date}: the latest one starting on or before it (as AssignmentsAsOf). */
    Assignment on(int i, LocalDate date) {
        Assignment[] h = history[i];
        for (int k = h.length - 1; k >= 0; k--) {
            if (!h[k].validFrom().isAfter(date)) {
                return h[k];
            }
        }
        return null;
    }

    /** The first assignment on record (for staff hired after a reference date). */
    Assignment first(int i) {
        return history[i].length == 0 ? null : history[i][0];
    }

    /** Assignments oldest first (never modified by callers). */
    Assignment[] history(int i) {
        return history[i];
    }

    /** The leave period covering {@code date}, or null. */
    StaffAbsence awayOn(int i, LocalDate date) {
        for (StaffAbsence a : absences[i]) {
            if (a.covers(date)) {
                return a;
            }
        }
        return null;
    }

    /** True when leave periods (one, or several back to back) cover every day from {@code from} to {@code to}. */
    boolean awayThroughout(int i, LocalDate from, LocalDate to) {
        LocalDate next = from;
        for (StaffAbsence a : absences[i]) {
            if (a.startOn().isAfter(next)) {
                return false;
            }
            if (a.endOn() == null) {
                return true;
            }
            if (!a.endOn().isBefore(next)) {
                next = a.endOn().plusDays(1);
            }
            if (next.isAfter(to)) {
                return true;
            }
        }
        return false;
    }

    boolean hasAbsences(int i) {
        return absences[i].length > 0;
    }
}
