package org.kenshu.app;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.kenshu.cli.Cli;
import org.kenshu.cli.CliContext;
import org.kenshu.io.sheet.SpreadsheetReaders;
import org.kenshu.model.I18n;
import org.kenshu.service.Workspace;
import org.kenshu.ui.WindowLauncher;

/**
 * Entry point of {@code java -jar kenshu.jar [--db DIR] [COMMAND]}: without a command the window
 * opens, with one the CLI runs. Wires the layers together; nothing else knows them all.
 */
@AllowedToUseStandardStreams("the CLI prints to the process's stdout and stderr")
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        String lang = System.getenv().getOrDefault("KENSHU_LANG", System.getProperty("kenshu.lang", "ja"));
        I18n.setLocale(Locale.forLanguageTag(lang));
        quietPoiLogging();
        // Logging must know its folder before the first logger is created.
        System.setProperty("kenshu.logDir", Workspace.resolveFolder(dbOption(args)).resolve("logs").toString());
        Clock clock = Clock.systemDefaultZone();
        CliContext context = new CliContext(
                dir -> Workspace.open(Workspace.resolveFolder(dir), SpreadsheetReaders::read, clock),
                dir -> Workspace.openForImport(Workspace.resolveFolder(dir), SpreadsheetReaders::read, clock),
                dir -> WindowLauncher.launch(Workspace.resolveFolder(dir),
                        folder -> Workspace.open(folder, SpreadsheetReaders::read, clock)));
        return Cli.run(context, writer(System.out), writer(System.err), args);
    }

    /**
     * POI logs through the Log4j API: its own simple logger at ERROR, so disabled trace messages are
     * never built (through a bridge to SLF4J they were: seconds and gigabytes on formula-heavy .xls).
     */
    static void quietPoiLogging() {
        System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        System.setProperty("log4j2.simplelogLevel", "ERROR");
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
    }

    /** The value of {@code --db DIR} or {@code --db=DIR} before picocli parses (for the log folder). */
    static Path dbOption(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--db") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--db=")) {
                return Path.of(args[i].substring(5));
            }
        }
        return null;
    }

    /** The console's encoding, except that a plain-ASCII locale (LANG=C) gets UTF-8 so Japanese survives. */
    private static PrintWriter writer(PrintStream stream) {
        Charset cs = stream.charset();
        if (cs.equals(StandardCharsets.US_ASCII)) {
            cs = StandardCharsets.UTF_8;
        }
        return new PrintWriter(new OutputStreamWriter(stream, cs), true);
    }
}
