package org.kenshu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kenshu.model.I18n;
import org.kenshu.service.PresetService;
import org.kenshu.service.SetupException;
import org.kenshu.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kenshu init --preset NAME [--org-name NAME]}: sets up an empty database from a city preset.
 * An unknown preset is a usage error (exit 2, nothing opened); a database with staff is refused (exit 1).
 */
@Command(name = "init", mixinStandardHelpOptions = true, resourceBundle = "org.kenshu.cli", sortOptions = false)
final class InitCommand implements Callable<Integer> {
    @ParentCommand
    KenshuCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--preset", required = true, paramLabel = "NAME", descriptionKey = "preset")
    String preset;

    @Option(names = "--org-name", paramLabel = "NAME", descriptionKey = "orgName")
    String orgName;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (!PresetService.IDS.contains(preset)) {
            // Checked before the data folder is opened, so a typo creates nothing.
            throw new ParameterException(spec.commandLine(),
                    I18n.t("setup.unknownPreset", preset, String.join("|", PresetService.IDS)));
        }
        try (Workspace ws = parent.open()) {
            var services = ws.services();
            try {
                services.presets.apply(preset, orgName);
            } catch (SetupException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 1;
            }
            Map<String, Integer> counts = services.info.counts();
            String city = services.organisation.organisation().name();
            var out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> object = new LinkedHashMap<>();
                object.put("preset", preset);
                object.put("organisation", city);
                object.put("counts", counts);
                out.println(new ObjectMapper().writeValueAsString(object));
            } else {
                out.println(I18n.t("cli.init.done", I18n.t("preset." + preset), city, counts.get("tier"),
                        counts.get("competency"), counts.get("course_type")));
            }
            out.flush();
            return 0;
        }
    }
}
