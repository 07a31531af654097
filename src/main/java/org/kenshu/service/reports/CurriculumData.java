package org.kenshu.service.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kenshu.model.Course;
import org.kenshu.service.TargetCounter;
import org.kenshu.store.Repositories;

/**
 * Reads the plan's courses and counts their targets per tier with the {@link TargetCounter} the 年度計画's
 * curriculum tab uses (in the application: the full target rule, as the nominations pane applies it).
 */
final class CurriculumData {
    private CurriculumData() {
    }

    static CurriculumReport read(Repositories repos, ReportContext ctx, TargetCounter targets) {
        YearSessions year = YearSessions.read(repos, ctx);
        CourseFacts facts = new CourseFacts(repos);
        Set<Course> courses = new LinkedHashSet<>();
        year.ordered().stream().sorted(java.util.Comparator.comparingInt(YearSessions.Entry::typeOrder))
                .forEach(e -> courses.add(e.course()));
        Map<Long, Map<Long, Integer>> counts = targets.count(List.copyOf(courses), ctx.fy().start());
        List<CurriculumReport.Line> lines = new ArrayList<>();
        for (Course c : courses) {
            // A tier the course is for shows 0 when nobody in it meets the rule; other tiers stay blank.
            Map<Long, Integer> byTier = new HashMap<>(counts.getOrDefault(c.id(), Map.of()));
            c.target().tierIds().forEach(t -> byTier.putIfAbsent(t, 0));
            lines.add(new CurriculumReport.Line(facts.type(c).name(), c.name(), byTier));
        }
        return new CurriculumReport(facts.activeTiers(), lines);
    }
}
