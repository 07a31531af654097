package org.kenshu.cli;

import java.io.PrintWriter;
import org.kenshu.model.I18n;
import org.kenshu.service.Workspace.WorkspaceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Runs the command line: exit 0 done, 1 rejected input or a failure (one line on stderr), 2 usage error. */
public final class Cli {
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    public static int run(CliContext context, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine(context);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((e, args1) -> {
            e.getCommandLine().getErr().println(I18n.t("cli.usageError", e.getMessage(),
                    e.getCommandLine().getCommandSpec().qualifiedName()));
            e.getCommandLine().getErr().flush();
            return 2;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof WorkspaceException) {
                commandLine.getErr().println(e.getMessage());
            } else {
                LOG.error("Command failed", e);
                commandLine.getErr().println(I18n.t("cli.failed", brief(e.getMessage())));
            }
            commandLine.getErr().flush();
            return 1;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The first line of a failure's message, at most 200 characters (a database error can quote a whole statement). */
    static String brief(String message) {
        String first = message == null ? "" : message.lines().findFirst().orElse("");
        return first.length() <= 200 ? first : first.substring(0, 199) + "…";
    }

    static CommandLine commandLine(CliContext context) {
        CommandLine cl = new CommandLine(new KenshuCommand(context));
        cl.setResourceBundle(java.util.ResourceBundle.getBundle("org.kenshu.cli", I18n.locale()));
        return cl;
    }
}
