package org.kenshu.cli;

import java.util.concurrent.Callable;
import org.kenshu.model.I18n;
import org.kenshu.model.Progress;
import org.kenshu.service.SampleDataService.SampleDataException;
import org.kenshu.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kenshu load-sample}: the fictional sample city into an empty database (exit 1 if it holds staff). */
@Command(name = "load-sample", mixinStandardHelpOptions = true, resourceBundle = "org.kenshu.cli")
final class LoadSampleCommand implements Callable<Integer> {
    @ParentCommand
    KenshuCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace ws = parent.open()) {
            try {
                ws.services().sample.load(Progress.NONE);
            } catch (SampleDataException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 1;
            }
            var counts = ws.services().info.counts();
            spec.commandLine().getOut().println(I18n.t("cli.loadSample.done", counts.get("staff"),
                    counts.get("course"), counts.get("course_session"), counts.get("attendance")));
            return 0;
        }
    }
}
