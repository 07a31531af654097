package org.kenshu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kenshu.model.I18n;
import org.kenshu.model.Wareki;
import org.kenshu.service.Services;
import org.kenshu.service.Workspace;
import org.kenshu.service.goals.GoalResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kenshu kpi [--fy YEAR] [--json]}: every goal of the fiscal year counted (DESIGN.md §5),
 * with forecast, status and the breakdowns by tier and department. Rates are fractions in JSON.
 */
@Command(name = "kpi", mixinStandardHelpOptions = true, resourceBundle = "org.kenshu.cli",
        subcommands = KpiMissingCommand.class)
final class KpiCommand implements Callable<Integer> {
    @ParentCommand
    KenshuCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--fy", paramLabel = "YEAR", descriptionKey = "kpi.fy")
    Integer fiscalYear;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Workspace ws = parent.open()) {
            Services s = ws.services();
            int year = year(s);
            List<GoalResult> results = s.goals.results(year);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> object = new LinkedHashMap<>();
                object.put("fiscalYear", year);
                object.put("goals", results.stream().map(KpiJson::goal).toList());
                out.println(new ObjectMapper().writeValueAsString(object));
            } else {
                out.println(I18n.t("cli.kpi.heading",
                        Wareki.fiscalYearWithWestern(year, s.organisation.organisation().eraDisplay())));
                if (results.isEmpty()) {
                    out.println(I18n.t("cli.kpi.none"));
                }
                results.forEach(r -> KpiText.goal(out, r));
            }
            out.flush();
            return 0;
        }
    }

    /** The fiscal year asked for, or the current one. */
    int year(Services s) {
        return fiscalYear != null ? fiscalYear : s.organisation.currentFiscalYear().year();
    }
}
