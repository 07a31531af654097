package org.kenshu.service.targets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kenshu.model.Assignment;
import org.kenshu.model.Staff;
import org.kenshu.model.TargetRule;
import org.kenshu.service.targets.Tenure.TierSince;

/**
 * Evaluates target rules for one reference date over every staff member. What depends only on the
 * person and the date (assignment in force, years of service, presence) is computed once here, so
 * each course's rule is a cheap pass over arrays. All conditions of a rule must hold:
 * <ul>
 * <li>tier and job category: those of the assignment in force on the reference date (for someone hired
 * later in the fiscal year: their first assignment);</li>
 * <li>years since hire: completed years on the reference date, {@link Tenure#completedYears};</li>
 * <li>新任: came into the current tier after (reference − N months), {@link Tenure#tierSince};</li>
 * <li>not yet completed course X: no completion of X in an earlier fiscal year;</li>
 * <li>active only: employed on the reference date and not on leave from it to the fiscal year's end.
 * Without it, anyone employed at some time from the reference date to the year's end qualifies.</li>
 * </ul>
 */
final class TargetEngine {
    /** A staff member (by index in {@link StaffFacts}) who meets a rule, with what the reason names. */
    record Match(int index, Assignment assignment, int years, TierSince tierSince) {
    }

    private final StaffFacts facts;
    private final LocalDate reference;
    private final Assignment[] at;
    private final boolean[] inYear;
    private final boolean[] active;
    private final int[] years;
    /** Staff indexes by the tier of {@link #at}, ascending: a rule naming tiers only looks at those people. */
    private final Map<Long, int[]> byTier = new HashMap<>();

    TargetEngine(StaffFacts facts, LocalDate reference, LocalDate yearEnd) {
        this.facts = facts;
        this.reference = reference;
        int n = facts.size();
        at = new Assignment[n];
        inYear = new boolean[n];
        active = new boolean[n];
        years = new int[n];
        for (int i = 0; i < n; i++) {
            Staff s = facts.staff(i);
            Assignment a = facts.on(i, reference);
            if (a == null && facts.first(i) != null && !facts.first(i).validFrom().isAfter(yearEnd)) {
                a = facts.first(i);
            }
            at[i] = a;
            inYear[i] = (s.hiredOn() == null || !s.hiredOn().isAfter(yearEnd))
                    && (s.leftOn() == null || !s.leftOn().isBefore(reference));
            active[i] = s.isEmployedOn(reference)
                    && !(facts.hasAbsences(i) && facts.awayThroughout(i, reference, yearEnd));
            years[i] = Tenure.completedYears(s.hiredOn(), reference);
        }
        Map<Long, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (at[i] != null && at[i].tierId() != null) {
                lists.computeIfAbsent(at[i].tierId(), k -> new ArrayList<>()).add(i);
            }
        }
        lists.forEach((tier, list) -> byTier.put(tier, list.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** Who to look at for a rule: everyone, or (ascending, so results stay in staff order) those in its tiers. */
    private int[] candidates(TargetRule rule) {
        if (rule.tierIds().isEmpty()) {
            return null;
        }
        return rule.tierIds().stream().map(byTier::get).filter(Objects::nonNull)
                .flatMapToInt(Arrays::stream).sorted().toArray();
    }

    LocalDate reference() {
        return reference;
    }

    /** The assignment used for tier, job category and department on the reference date (null when none). */
    Assignment assignment(int index) {
        return at[index];
    }

    /** Everyone who meets {@code rule}; {@code completed} holds the staff ids who completed the rule's course X. */
    List<Match> match(TargetRule rule, Set<Long> completed) {
        List<Match> out = new ArrayList<>();
        boolean byYears = rule.yearsFrom() != null || rule.yearsTo() != null;
        LocalDate promotedAfter = rule.promotedWithinMonths() == null ? null
                : reference.minusMonths(rule.promotedWithinMonths());
        int[] some = candidates(rule);
        int count = some == null ? at.length : some.length;
        for (int k = 0; k < count; k++) {
            int i = some == null ? k : some[k];
            if (!inYear[i] || rule.activeOnly() && !active[i]) {
                continue;
            }
            Assignment a = at[i];
            // The rule's sets come from Set.copyOf, whose contains(null) throws: hence the null checks.
            if (!rule.tierIds().isEmpty() && (a == null || a.tierId() == null
                    || !rule.tierIds().contains(a.tierId()))) {
                continue;
            }
            if (!rule.jobCategoryIds().isEmpty() && (a == null
                    || a.jobCategoryId() == null || !rule.jobCategoryIds().contains(a.jobCategoryId()))) {
                continue;
            }
            if (byYears && !withinYears(rule, years[i])) {
                continue;
            }
            TierSince since = null;
            if (promotedAfter != null) {
                since = Tenure.tierSince(facts.staff(i), facts.history(i), a);
                if (since == null || !since.date().isAfter(promotedAfter)) {
                    continue;
                }
            }
            if (rule.notCompletedCourseId() != null && completed.contains(facts.staff(i).id())) {
                continue;
            }
            out.add(new Match(i, a, years[i], since));
        }
        return out;
    }

    private static boolean withinYears(TargetRule rule, int y) {
        return y >= 0 && (rule.yearsFrom() == null || y >= rule.yearsFrom())
                && (rule.yearsTo() == null || y <= rule.yearsTo());
    }
}
