package org.kenshu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kenshu.model.Goal;
import org.kenshu.model.I18n;
import org.kenshu.service.Services;
import org.kenshu.service.Workspace;
import org.kenshu.service.goals.GapPerson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kenshu kpi missing --fy YEAR --goal CODE [--json]}: the people behind a goal's gap. */
@Command(name = "missing", mixinStandardHelpOptions = true, resourceBundle = "org.kenshu.cli")
final class KpiMissingCommand implements Callable<Integer> {
    @ParentCommand
    KpiCommand kpi;

    @Spec
    CommandSpec spec;

    @Option(names = "--fy", paramLabel = "YEAR", descriptionKey = "kpi.fy")
    Integer fiscalYear;

    @Option(names = "--goal", paramLabel = "CODE", required = true, descriptionKey = "goal")
    String goalCode;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Workspace ws = kpi.parent.open()) {
            Services s = ws.services();
            int year = fiscalYear != null ? fiscalYear : kpi.year(s);
            Goal goal = s.goals.findByCode(goalCode).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    I18n.t("cli.kpi.unknownGoal", goalCode, String.join(", ",
                            s.goals.register().stream().map(e -> e.goal().code()).toList()))));
            List<GapPerson> people = s.goals.missing(goal, year);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> object = new LinkedHashMap<>();
                object.put("fiscalYear", year);
                object.put("goal", goal.code());
                object.put("count", people.size());
                object.put("people", people.stream().map(KpiJson::person).toList());
                out.println(new ObjectMapper().writeValueAsString(object));
            } else {
                out.println(I18n.t("cli.kpi.missingHeading", goal.name(), people.size()));
                people.forEach(p -> out.println(KpiText.person(p)));
            }
            out.flush();
            return 0;
        }
    }
}
