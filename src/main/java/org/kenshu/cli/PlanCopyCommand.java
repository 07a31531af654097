package org.kenshu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kenshu.model.I18n;
import org.kenshu.model.Wareki;
import org.kenshu.service.RefusedException;
import org.kenshu.service.Workspace;
import org.kenshu.service.plan.CopyResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kenshu plan copy --from 2025 --to 2026 [--replace] [--json]}: last year's plan on the same weekdays.
 * Exit 1 (nothing written) when the source has no sessions, the target already has some and
 * {@code --replace} was not given, they have nominations, or the target plan is fixed.
 */
@Command(name = "copy", mixinStandardHelpOptions = true, resourceBundle = "org.kenshu.cli")
final class PlanCopyCommand implements Callable<Integer> {
    @ParentCommand
    PlanCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "YEAR", descriptionKey = "plan.from")
    int from;

    @Option(names = "--to", required = true, paramLabel = "YEAR", descriptionKey = "plan.to")
    int to;

    @Option(names = "--replace", descriptionKey = "plan.replace")
    boolean replace;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Workspace ws = parent.open()) {
            var out = spec.commandLine().getOut();
            CopyResult r;
            try {
                r = ws.services().yearCopy.copy(from, to, replace, false);
            } catch (RefusedException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 1;
            }
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("from", r.fromYear());
                o.put("to", r.toYear());
                o.put("copied", r.createdSessionIds().size());
                o.put("skippedCancelled", r.skippedCancelled());
                o.put("skippedRetired", r.skippedRetired());
                o.put("replaced", r.replaced());
                o.put("warnings", PlanCheckCommand.json(r.warnings()));
                out.println(new ObjectMapper().writeValueAsString(o));
            } else {
                var era = ws.services().organisation.organisation().eraDisplay();
                out.println(I18n.t("cli.plan.copied", Wareki.fiscalYear(from, era), Wareki.fiscalYear(to, era),
                        r.createdSessionIds().size(), r.skippedCancelled(), r.skippedRetired(), r.replaced()));
                out.println(I18n.t("cli.plan.copyWarnings", r.warnings().size(), Integer.toString(to)));
            }
            return 0;
        }
    }
}
