package org.kenshu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kenshu.model.I18n;
import org.kenshu.model.ImportBatch;
import org.kenshu.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kenshu import list [--json]}: the import history, newest first, with what each batch wrote. */
@Command(name = "list", mixinStandardHelpOptions = true, resourceBundle = "org.kenshu.cli")
final class ImportListCommand implements Callable<Integer> {
    @ParentCommand
    ImportCommand importCommand;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Workspace ws = importCommand.parent.open()) {
            List<ImportBatch> batches = ws.services().imports.history();
            var out = spec.commandLine().getOut();
            if (json) {
                out.println(new ObjectMapper().writeValueAsString(Map.of("imports",
                        batches.stream().map(ImportListCommand::json).toList())));
            } else if (batches.isEmpty()) {
                out.println(I18n.t("cli.import.list.empty"));
            } else {
                for (ImportBatch b : batches) {
                    out.println(I18n.t("cli.import.list.line", b.id(), b.importedAt().toLocalDate().toString() + " "
                            + b.importedAt().toLocalTime().withNano(0), I18n.label(b.kind()), b.fileName(),
                            b.rowsRead(), b.created(), b.updated(), b.unchanged(), b.skipped(),
                            I18n.t(b.undone() ? "imports.undone" : "imports.committed")));
                }
            }
            out.flush();
            return 0;
        }
    }

    private static Map<String, Object> json(ImportBatch b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("batchId", Long.toString(b.id()));
        m.put("kind", b.kind().cliName());
        m.put("files", b.fileName());
        m.put("sha256", b.sha256());
        m.put("importedAt", b.importedAt().toString());
        m.put("osUser", b.osUser());
        m.put("rowsRead", b.rowsRead());
        m.put("created", b.created());
        m.put("updated", b.updated());
        m.put("unchanged", b.unchanged());
        m.put("skipped", b.skipped());
        m.put("undone", b.undone());
        return m;
    }
}
