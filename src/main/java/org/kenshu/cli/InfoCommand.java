package org.kenshu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kenshu.model.I18n;
import org.kenshu.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kenshu info [--json]}: schema version and row counts per table. */
@Command(name = "info", mixinStandardHelpOptions = true, resourceBundle = "org.kenshu.cli")
final class InfoCommand implements Callable<Integer> {
    @ParentCommand
    KenshuCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Workspace ws = parent.open()) {
            var info = ws.services().info;
            var out = spec.commandLine().getOut();
            Map<String, Integer> counts = info.counts();
            if (json) {
                Map<String, Object> object = new LinkedHashMap<>();
                object.put("schemaVersion", info.schemaVersion());
                object.put("location", info.location());
                object.put("counts", counts);
                out.println(new ObjectMapper().writeValueAsString(object));
            } else {
                out.println(I18n.t("cli.info.location", ws.dataFolder()));
                out.println(I18n.t("cli.info.schema", info.schemaVersion()));
                counts.forEach((table, n) -> out.printf("  %-28s %,10d%n", table, n));
            }
            out.flush();
            return 0;
        }
    }
}
