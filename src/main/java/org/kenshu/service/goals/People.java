package org.kenshu.service.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kenshu.store.GoalPeople.AssignmentFact;
import org.kenshu.store.GoalPeople.StaffFact;
import org.kenshu.store.Repositories;

/**
 * Every staff member with their assignment history, read once (two flat queries) and shared by the
 * goals counted together, so each goal finds anyone's department, tier and job category on any
 * date without asking the database again.
 */
final class People {
    private final Map<Long, StaffFact> staff = new HashMap<>();
    private final Map<Long, List<AssignmentFact>> history = new HashMap<>();

    People(Repositories repos) {
        for (StaffFact s : repos.goalPeople.staff()) {
            staff.put(s.staffId(), s);
        }
        for (AssignmentFact a : repos.goalPeople.assignments()) {
            history.computeIfAbsent(a.staffId(), k -> new ArrayList<>()).add(a);
        }
        history.values().forEach(l -> l.sort(Comparator.comparing(AssignmentFact::validFrom)));
    }

    /** The person with the assignment in force on {@code date} (the first one when none started yet). */
    Person on(long staffId, LocalDate date) {
        StaffFact s = staff.get(staffId);
        List<AssignmentFact> list = history.getOrDefault(staffId, List.of());
        AssignmentFact in = list.isEmpty() ? null : list.getFirst();
        for (AssignmentFact a : list) {
            if (a.validFrom().isAfter(date)) {
                break;
            }
            in = a;
        }
        return new Person(staffId, s == null ? null : s.hiredOn(), s == null ? null : s.leftOn(),
                in == null ? null : in.tierId(), in == null ? null : in.departmentId(),
                in == null ? null : in.jobCategoryId());
    }

    /** As of April 1 of the fiscal year, or the hire date when hired later (DESIGN.md §5). */
    Person grouped(long staffId, LocalDate fyStart) {
        StaffFact s = staff.get(staffId);
        LocalDate hired = s == null ? null : s.hiredOn();
        return on(staffId, hired != null && hired.isAfter(fyStart) ? hired : fyStart);
    }

    /** Staff employed on {@code date} and not in {@code onLeave}, as of that date. */
    List<Person> employedOn(LocalDate date, Set<Long> onLeave) {
        List<Person> people = new ArrayList<>();
        for (StaffFact s : staff.values()) {
            boolean employed = (s.hiredOn() == null || !s.hiredOn().isAfter(date))
                    && (s.leftOn() == null || !s.leftOn().isBefore(date));
            if (employed && !onLeave.contains(s.staffId())) {
                people.add(on(s.staffId(), date));
            }
        }
        return people;
    }
}
