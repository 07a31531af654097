package org.kenshu.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.kenshu.model.EnrollmentMode;
import org.kenshu.model.I18n;
import org.kenshu.model.Progress;
import org.kenshu.model.Wareki;
import org.kenshu.service.Services;
import org.kenshu.service.Workspace;
import org.kenshu.service.targets.Nominations;
import org.kenshu.service.targets.PlannedCourse;
import org.kenshu.service.targets.TargetList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kenshu plan targets --fy 2026 [--course NAME] [--apply] [--json]}: who each course's target rule
 * selects on April 1, and with {@code --apply} nominates those not enrolled yet. Exit 1 (nothing written)
 * when the year has no plan or the course is unknown or ambiguous, or {@code --apply} names a 公募 course.
 */
@Command(name = "targets", mixinStandardHelpOptions = true, resourceBundle = "org.kenshu.cli", sortOptions = false)
final class PlanTargetsCommand implements Callable<Integer> {
    @ParentCommand
    PlanCommand plan;

    @Spec
    CommandSpec spec;

    @Option(names = "--fy", required = true, paramLabel = "YEAR", descriptionKey = "fy")
    int fiscalYear;

    @Option(names = "--course", paramLabel = "NAME", descriptionKey = "course")
    String course;

    @Option(names = "--apply", descriptionKey = "apply")
    boolean apply;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Workspace ws = plan.parent.open()) {
            Services services = ws.services();
            if (services.plans.plan(fiscalYear).isEmpty()) {
                return reject(I18n.t("cli.targets.noPlan", Wareki.fiscalYearWithWestern(fiscalYear,
                        services.organisation.organisation().eraDisplay())));
            }
            Long courseId = null;
            if (course != null) {
                List<PlannedCourse> found = find(services.targets.plannedCourses(fiscalYear), course.strip());
                if (found.size() != 1) {
                    return reject(found.isEmpty() ? I18n.t("cli.targets.noCourse", course)
                            : I18n.t("cli.targets.ambiguous", course,
                                    String.join("、", found.stream().map(PlannedCourse::name).toList())));
                }
                if (apply && found.getFirst().mode() == EnrollmentMode.APPLICATION) {
                    return reject(I18n.t("cli.targets.applicationCourse", found.getFirst().name()));
                }
                courseId = found.getFirst().id();
            }
            TargetList list = services.targets.targets(fiscalYear, courseId, null, Progress.NONE);
            Nominations made = null;
            if (apply) {
                made = services.targets.nominate(list);
                list = services.targets.targets(fiscalYear, courseId, list.referenceDate(), Progress.NONE);
            }
            var out = spec.commandLine().getOut();
            out.print(json ? TargetsOutput.json(list, made)
                    : TargetsOutput.text(list, made, services.organisation.organisation().eraDisplay()));
            out.flush();
            return 0;
        }
    }

    /** The planned course named exactly so; else every planned course whose name contains the text. */
    static List<PlannedCourse> find(List<PlannedCourse> courses, String name) {
        List<PlannedCourse> exact = courses.stream().filter(c -> c.name().equals(name)).toList();
        return exact.isEmpty() ? courses.stream().filter(c -> c.name().contains(name)).toList() : exact;
    }

    private int reject(String message) {
        spec.commandLine().getErr().println(message);
        spec.commandLine().getErr().flush();
        return 1;
    }
}
