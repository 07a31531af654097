package org.kenshu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kenshu.model.I18n;
import org.kenshu.model.Wareki;
import org.kenshu.service.Workspace;
import org.kenshu.service.plan.checks.PlanWarning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kenshu plan check --fy 2026 [--json]}: the plan's warnings; exit 0 even when there are some. */
@Command(name = "check", mixinStandardHelpOptions = true, resourceBundle = "org.kenshu.cli")
final class PlanCheckCommand implements Callable<Integer> {
    @ParentCommand
    PlanCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--fy", required = true, paramLabel = "YEAR", descriptionKey = "plan.fy")
    int fiscalYear;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Workspace ws = parent.open()) {
            var out = spec.commandLine().getOut();
            var era = ws.services().organisation.organisation().eraDisplay();
            if (ws.services().annualPlans.plan(fiscalYear).isEmpty()) {
                spec.commandLine().getErr().println(I18n.t("cli.plan.noPlan", Wareki.fiscalYear(fiscalYear, era)));
                return 1;
            }
            List<PlanWarning> warnings = ws.services().planChecks.check(fiscalYear);
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("fiscalYear", fiscalYear);
                o.put("count", warnings.size());
                o.put("warnings", json(warnings));
                out.println(new ObjectMapper().writeValueAsString(o));
                return 0;
            }
            for (PlanWarning w : warnings) {
                out.println(I18n.t("cli.plan.warning", w.date() == null ? "-" : Wareki.shortDate(w.date(), era),
                        I18n.label(w.kind()), I18n.t("check.sessionLabel", w.course(), w.sessionNo()), w.message()));
            }
            out.println(I18n.t("cli.plan.checked", Wareki.fiscalYear(fiscalYear, era), warnings.size()));
            return 0;
        }
    }

    /** Warnings as plain maps (dates as ISO text), for --json. */
    static List<Map<String, Object>> json(List<PlanWarning> warnings) {
        return warnings.stream().map(w -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", w.kind().name());
            m.put("kindLabel", I18n.label(w.kind()));
            m.put("sessionId", w.sessionId());
            m.put("course", w.course());
            m.put("sessionNo", w.sessionNo());
            m.put("date", w.date() == null ? null : w.date().toString());
            m.put("message", w.message());
            m.put("otherSessionId", w.otherSessionId());
            return m;
        }).toList();
    }
}
