package org.kenshu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.kenshu.model.I18n;
import org.kenshu.model.Progress;
import org.kenshu.service.ReportKind;
import org.kenshu.service.Workspace;
import org.kenshu.service.reports.ExportResult;
import org.kenshu.service.reports.ReportException;
import org.kenshu.service.reports.ReportRequest;
import org.kenshu.service.reports.SignInChoice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kenshu export REPORT --fy YEAR --out FILE [options]}: writes a 帳票 as an Excel workbook.
 * {@code export signin --fy YEAR --list} lists the year's sessions with their ids.
 */
@Command(name = "export", mixinStandardHelpOptions = true, resourceBundle = "org.kenshu.cli", sortOptions = false)
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    KenshuCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REPORT", descriptionKey = "export.report")
    String report;

    @Option(names = "--fy", required = true, paramLabel = "YEAR", descriptionKey = "export.fy")
    int fiscalYear;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "export.out")
    Path out;

    @Option(names = "--session", paramLabel = "ID", descriptionKey = "export.session")
    Long session;

    @Option(names = "--list", descriptionKey = "export.list")
    boolean list;

    @Option(names = "--staff", paramLabel = "NO", descriptionKey = "export.staff")
    String staff;

    @Option(names = "--department", paramLabel = "NAME", descriptionKey = "export.department")
    String department;

    @Option(names = "--from", paramLabel = "YEAR", descriptionKey = "export.from")
    Integer from;

    @Option(names = "--to", paramLabel = "YEAR", descriptionKey = "export.to")
    Integer to;

    @Option(names = "--goal", paramLabel = "CODE", descriptionKey = "export.goal")
    String goal;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ReportKind kind = kind();
        checkOptions(kind);
        PrintWriter stdout = spec.commandLine().getOut();
        try (Workspace ws = parent.open()) {
            var exports = ws.services().exports;
            if (list) {
                printSessions(exports.signInSessions(fiscalYear), stdout);
                return 0;
            }
            ReportRequest request = ReportRequest.of(kind, fiscalYear).withSession(session).withStaff(staff)
                    .withDepartment(department).withYears(from, to).withGoal(goal);
            ExportResult result;
            try {
                result = exports.export(request, out, Progress.NONE);
            } catch (ReportException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 1;
            }
            if (json) {
                Map<String, Object> object = new LinkedHashMap<>();
                object.put("report", kind.cliName());
                object.put("fiscalYear", fiscalYear);
                object.put("file", result.file().toAbsolutePath().toString());
                object.put("sheets", result.sheets());
                object.put("rows", result.rows());
                stdout.println(new ObjectMapper().writeValueAsString(object));
            } else {
                stdout.println(I18n.t("cli.export.done", I18n.label(kind), result.file(), result.sheets(),
                        result.rows()));
            }
            return 0;
        }
    }

    private ReportKind kind() {
        return Arrays.stream(ReportKind.values()).filter(k -> k.cliName().equals(report.toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> usage(I18n.t("cli.export.unknownReport", report, Arrays
                        .stream(ReportKind.values()).map(ReportKind::cliName).collect(Collectors.joining(", ")))));
    }

    /** What each report needs; a missing or contradictory option is a usage error (exit 2). */
    private void checkOptions(ReportKind kind) {
        if (list) {
            if (kind != ReportKind.SIGNIN) {
                throw usage(I18n.t("cli.export.listOnlySignin"));
            }
            return;
        }
        if (out == null) {
            throw usage(I18n.t("cli.export.outNeeded"));
        }
        if (kind == ReportKind.SIGNIN && session == null) {
            throw usage(I18n.t("cli.export.sessionNeeded"));
        }
        if (kind == ReportKind.TRANSCRIPT && (staff == null) == (department == null)) {
            throw usage(I18n.t("cli.export.staffOrDepartment"));
        }
        if (kind == ReportKind.MISSING && (goal == null || goal.isBlank())) {
            throw usage(I18n.t("cli.export.goalNeeded"));
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private void printSessions(List<SignInChoice> sessions, PrintWriter stdout) throws Exception {
        if (json) {
            List<Map<String, Object>> rows = sessions.stream().map(s -> {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("id", s.sessionId());
                o.put("course", s.course());
                o.put("sessionNo", s.sessionNo());
                o.put("firstDay", s.firstDay() == null ? null : s.firstDay().toString());
                o.put("days", s.days());
                o.put("nominated", s.nominated());
                return o;
            }).toList();
            stdout.println(new ObjectMapper().writeValueAsString(Map.of("sessions", rows)));
            return;
        }
        if (sessions.isEmpty()) {
            stdout.println(I18n.t("cli.export.noSessions", fiscalYear));
        }
        for (SignInChoice s : sessions) {
            String no = s.sessionCount() > 1 ? " " + I18n.t("session.number", s.sessionNo()) : "";
            stdout.printf("%6d  %-24s  %s%s  %s%n", s.sessionId(), s.days(), s.course(), no,
                    I18n.t("cli.export.nominated", s.nominated()));
        }
    }
}
