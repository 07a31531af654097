package org.kenshu.service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kenshu.model.Assignment;
import org.kenshu.model.Course;
import org.kenshu.model.Staff;
import org.kenshu.model.StaffAbsence;
import org.kenshu.model.StaffStatus;
import org.kenshu.model.Tier;
import org.kenshu.store.Repositories;

/**
 * The simple count: staff whose tier on the reference date is one of the course's target tiers (every tier
 * when the course names none), counting only active staff when the rule says "active only" and anyone
 * employed on that date otherwise. Job categories, years and the other conditions are left to the rule engine.
 */
public final class TierTargetCounter implements TargetCounter {
    private final Repositories repos;

    public TierTargetCounter(Repositories repos) {
        this.repos = repos;
    }

    @Override
    public Map<Long, Map<Long, Integer>> count(List<Course> courses, LocalDate asOf) {
        Map<Long, Assignment> assignments = AssignmentsAsOf.on(repos.assignments.findAll(), asOf);
        Map<Long, List<StaffAbsence>> absences = repos.absences.findAll().stream()
                .collect(Collectors.groupingBy(StaffAbsence::staffId));
        Map<Long, Integer> active = new HashMap<>();
        Map<Long, Integer> employed = new HashMap<>();
        for (Staff s : repos.staff.findAll()) {
            Assignment a = assignments.get(s.id());
            if (a == null || a.tierId() == null || !s.isEmployedOn(asOf)) {
                continue;
            }
            employed.merge(a.tierId(), 1, Integer::sum);
            if (StaffStatus.of(s, absences.getOrDefault(s.id(), List.of()), asOf) == StaffStatus.ACTIVE) {
                active.merge(a.tierId(), 1, Integer::sum);
            }
        }
        List<Long> allTiers = repos.tiers.findAll().stream().filter(t -> !t.retired()).map(Tier::id).toList();
        Map<Long, Map<Long, Integer>> result = new HashMap<>();
        for (Course c : courses) {
            Map<Long, Integer> perTier = new HashMap<>();
            var byTier = c.target().activeOnly() ? active : employed;
            for (long tier : c.target().tierIds().isEmpty() ? allTiers : c.target().tierIds()) {
                perTier.put(tier, byTier.getOrDefault(tier, 0));
            }
            result.put(c.id(), perTier);
        }
        return result;
    }
}
