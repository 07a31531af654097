package org.kenshu.service.reports;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kenshu.model.Assignment;
import org.kenshu.model.FiscalYear;
import org.kenshu.model.Staff;
import org.kenshu.model.StaffAbsence;
import org.kenshu.model.StaffStatus;
import org.kenshu.store.Repositories;

/** The default {@link TargetCounts}: staff active on the fiscal year's first day, counted by their tier on that day. */
public final class TierTargetCounts implements TargetCounts {
    private final Repositories repos;

    public TierTargetCounts(Repositories repos) {
        this.repos = repos;
    }

    @Override
    public CourseCounter forYear(FiscalYear fy) {
        var day = fy.start();
        Placements places = new Placements(repos);
        Map<Long, List<StaffAbsence>> absences = repos.absences.findAll().stream()
                .collect(Collectors.groupingBy(StaffAbsence::staffId));
        Map<Long, Integer> perTier = new HashMap<>();
        for (Staff s : repos.staff.findAll()) {
            if (StaffStatus.of(s, absences.getOrDefault(s.id(), List.of()), day) != StaffStatus.ACTIVE) {
                continue;
            }
            Assignment a = places.on(s.id(), day);
            if (a != null && a.tierId() != null && !a.validFrom().isAfter(day)) {
                perTier.merge(a.tierId(), 1, Integer::sum);
            }
        }
        return course -> {
            Map<Long, Integer> counts = new LinkedHashMap<>();
            course.target().tierIds().forEach(t -> counts.put(t, perTier.getOrDefault(t, 0)));
            return counts;
        };
    }
}
