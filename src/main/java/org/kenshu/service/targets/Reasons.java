package org.kenshu.service.targets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.kenshu.model.Course;
import org.kenshu.model.EraDisplay;
import org.kenshu.model.I18n;
import org.kenshu.model.JobCategory;
import org.kenshu.model.TargetRule;
import org.kenshu.model.Tier;
import org.kenshu.model.Wareki;
import org.kenshu.service.targets.TargetEngine.Match;

/**
 * Why a person is a target, in the words of the rule's conditions only: 「主任級・採用7年目・R8.4.1 昇任（新任）」;
 * a rule without conditions says 「全職員」.
 */
final class Reasons {
    private final Map<Long, Tier> tiers;
    private final Map<Long, JobCategory> jobs;
    private final Map<Long, Course> courses;
    private final EraDisplay era;

    Reasons(Map<Long, Tier> tiers, Map<Long, JobCategory> jobs, Map<Long, Course> courses, EraDisplay era) {
        this.tiers = tiers;
        this.jobs = jobs;
        this.courses = courses;
        this.era = era;
    }

    /** What a reason depends on: only the parts the rule names, so many people share one text. */
    private record Key(Long tier, Long job, int years, LocalDate since, boolean byHire) {
    }

    private final Map<TargetRule, Map<Key, String>> cache = new IdentityHashMap<>();

    String of(TargetRule rule, Match m) {
        Key key = new Key(rule.tierIds().isEmpty() ? null : m.assignment().tierId(),
                rule.jobCategoryIds().isEmpty() ? null : m.assignment().jobCategoryId(),
                rule.yearsFrom() != null || rule.yearsTo() != null ? m.years() : -1,
                m.tierSince() == null ? null : m.tierSince().date(), m.tierSince() != null && m.tierSince().byHire());
        // Formatting costs microseconds; a whole-plan run has 200,000 targets but only a few hundred texts.
        return cache.computeIfAbsent(rule, r -> new HashMap<>()).computeIfAbsent(key, k -> build(rule, m));
    }

    private String build(TargetRule rule, Match m) {
        List<String> parts = new ArrayList<>(4);
        if (!rule.tierIds().isEmpty()) {
            parts.add(tiers.get(m.assignment().tierId()).name());
        }
        if (!rule.jobCategoryIds().isEmpty()) {
            parts.add(jobs.get(m.assignment().jobCategoryId()).name());
        }
        if (rule.yearsFrom() != null || rule.yearsTo() != null) {
            parts.add(I18n.t("targets.reason.years", m.years() + 1));
        }
        if (m.tierSince() != null) {
            parts.add(I18n.t(m.tierSince().byHire() ? "targets.reason.hired" : "targets.reason.promoted",
                    Wareki.shortDate(m.tierSince().date(), era)));
        }
        if (rule.notCompletedCourseId() != null) {
            Course x = courses.get(rule.notCompletedCourseId());
            parts.add(I18n.t("targets.reason.notCompleted", x == null ? "?" : x.name()));
        }
        return parts.isEmpty() ? I18n.t("targets.reason.everyone") : String.join(I18n.t("targets.reason.join"), parts);
    }

    /** True when a rule selects by something (a rule without conditions means everyone). */
    static boolean hasConditions(TargetRule rule) {
        return !rule.tierIds().isEmpty() || !rule.jobCategoryIds().isEmpty() || rule.yearsFrom() != null
                || rule.yearsTo() != null || rule.promotedWithinMonths() != null || rule.notCompletedCourseId() != null;
    }
}
