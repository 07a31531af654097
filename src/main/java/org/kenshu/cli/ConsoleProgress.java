package org.kenshu.cli;

import java.io.PrintWriter;
import org.kenshu.model.I18n;
import org.kenshu.model.Progress;

/**
 * Rows read so far, on one line of stderr that rewrites itself — only when stderr is a terminal
 * (a script or a pipe gets nothing), never in {@code --json} mode. The system property
 * {@code kenshu.progress=always} forces it (tests watch a child process's progress this way).
 */
final class ConsoleProgress implements Progress {
    private final PrintWriter err;
    private long last = -1;

    private ConsoleProgress(PrintWriter err) {
        this.err = err;
    }

    static Progress forStderr(PrintWriter err) {
        var console = System.console();
        // isTerminal: since JDK 22 a console object can exist while the output is redirected
        boolean terminal = console != null && console.isTerminal()
                || "always".equals(System.getProperty("kenshu.progress"));
        return terminal ? new ConsoleProgress(err) : Progress.NONE;
    }

    /** Ends the progress line so what follows starts on a fresh one. */
    static void done(Progress progress) {
        if (progress instanceof ConsoleProgress p && p.last >= 0) {
            p.err.println();
            p.err.flush();
        }
    }

    @Override
    public void update(long done, long total, String message) {
        last = done;
        err.print("\r" + I18n.t("cli.import.progress", done, message == null ? "" : message));
        err.flush();
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
