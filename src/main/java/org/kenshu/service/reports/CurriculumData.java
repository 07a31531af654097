package org.kenshu.service.reports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kenshu.model.Course;
import org.kenshu.store.Repositories;

/** Reads the plan's courses and counts their targets per tier. */
final class CurriculumData {
    private CurriculumData() {
    }

    static CurriculumReport read(Repositories repos, ReportContext ctx, TargetCounts targets) {
        YearSessions year = YearSessions.read(repos, ctx);
        CourseFacts facts = new CourseFacts(repos);
        Set<Course> courses = new LinkedHashSet<>();
        year.ordered().stream().sorted(java.util.Comparator.comparingInt(YearSessions.Entry::typeOrder))
                .forEach(e -> courses.add(e.course()));
        TargetCounts.CourseCounter counter = targets.forYear(ctx.fy());
        List<CurriculumReport.Line> lines = new ArrayList<>();
        for (Course c : courses) {
            lines.add(new CurriculumReport.Line(facts.type(c).name(), c.name(), counter.byTier(c)));
        }
        return new CurriculumReport(facts.activeTiers(), lines);
    }
}
