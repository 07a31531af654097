package org.kenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.io.sheet.SpreadsheetReaders;
import org.kenshu.model.Progress;
import org.kenshu.service.Workspace;
import org.kenshu.store.TestStore;

/** {@code kenshu export}: each report to a file, the sessions of a year, and the exit codes of DESIGN §7. */
class ExportCommandTest {
    @TempDir
    static Path db;
    @TempDir
    Path out;
    final StringWriter stdout = new StringWriter();
    final StringWriter stderr = new StringWriter();

    @BeforeAll
    static void loadTheSampleCity() {
        try (Workspace ws = Workspace.open(db, SpreadsheetReaders::read, TestStore.CLOCK)) {
            ws.services().sample.load(Progress.NONE);
        }
    }

    private int run(String... args) {
        CliContext context = new CliContext(folder -> Workspace.open(db, SpreadsheetReaders::read, TestStore.CLOCK),
                folder -> 0);
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.run(context, new PrintWriter(stdout), new PrintWriter(stderr), all);
    }

    @Test
    void thePlanIsWrittenToTheNamedFile() {
        Path file = out.resolve("令和8年度_年度研修計画表.xlsx");
        assertThat(run("export", "plan", "--fy", "2026", "--out", file.toString())).isZero();
        assertThat(file).exists();
        assertThat(stdout.toString()).contains("年度研修計画表 を書き出しました", file.toString());
    }

    @Test
    void jsonNamesTheFileSheetsAndRows() throws Exception {
        Path file = out.resolve("attendance.xlsx");
        assertThat(run("export", "attendance", "--fy", "2026", "--out", file.toString(), "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(stdout.toString());
        assertThat(json.get("report").asText()).isEqualTo("attendance");
        assertThat(json.get("sheets").asInt()).isEqualTo(2);
        assertThat(json.get("rows").asLong()).isGreaterThan(1000);
        assertThat(stdout.toString().strip().lines()).hasSize(1);
    }

    @Test
    void theSessionsOfAYearAreListedWithTheirIdsForASignInSheet() {
        assertThat(run("export", "signin", "--fy", "2026", "--list")).isZero();
        String first = stdout.toString().lines().findFirst().orElseThrow();
        assertThat(first).matches("\\s*\\d+\\s+4月\\d+日\\(.\\).*指名 \\d+ 人");
        String id = first.strip().split("\\s+")[0];
        Path file = out.resolve("signin.xlsx");
        assertThat(run("export", "signin", "--fy", "2026", "--session", id, "--out", file.toString())).isZero();
        assertThat(file).exists();
    }

    @Test
    void aTranscriptForADepartmentIsWritten() {
        Path file = out.resolve("transcript.xlsx");
        assertThat(run("export", "transcript", "--fy", "2026", "--department", "人事課", "--out", file.toString()))
                .isZero();
        assertThat(file).exists();
    }

    @Test
    void missingOrContradictoryOptionsAreUsageErrors() {
        assertThat(run("export", "signin", "--fy", "2026", "--out", out.resolve("a.xlsx").toString())).isEqualTo(2);
        assertThat(stderr.toString()).contains("--session");
        assertThat(run("export", "transcript", "--fy", "2026", "--out", out.resolve("b.xlsx").toString()))
                .isEqualTo(2);
        assertThat(run("export", "plan", "--fy", "2026")).isEqualTo(2);
        assertThat(run("export", "plan", "--out", out.resolve("c.xlsx").toString())).isEqualTo(2);
        assertThat(run("export", "plan", "--fy", "2026", "--list")).isEqualTo(2);
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void anUnknownReportIsAUsageErrorThatNamesTheReports() {
        assertThat(run("export", "plans", "--fy", "2026", "--out", out.resolve("x.xlsx").toString())).isEqualTo(2);
        assertThat(stderr.toString()).contains("plans", "plan, curriculum, signin");
    }

    @Test
    void anUnknownSessionOrStaffIsRejectedAndNothingIsWritten() {
        Path file = out.resolve("x.xlsx");
        assertThat(run("export", "signin", "--fy", "2026", "--session", "999999", "--out", file.toString()))
                .isEqualTo(1);
        assertThat(stderr.toString()).contains("999999").doesNotContain("Exception");
        assertThat(run("export", "transcript", "--fy", "2026", "--staff", "99999", "--out", file.toString()))
                .isEqualTo(1);
        assertThat(run("export", "missing", "--fy", "2026", "--goal", "no-such-goal", "--out", file.toString()))
                .isEqualTo(1);
        assertThat(stderr.toString()).contains("no-such-goal", "tier-uptake");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void theGoalsReportAndAGoalsMissingListAreWritten() throws Exception {
        Path goals = out.resolve("goals.xlsx");
        assertThat(run("export", "goals", "--fy", "2025", "--out", goals.toString(), "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(stdout.toString());
        assertThat(json.get("report").asText()).isEqualTo("goals");
        assertThat(json.get("sheets").asInt()).isGreaterThan(1);
        Path missing = out.resolve("missing.xlsx");
        assertThat(run("export", "missing", "--fy", "2026", "--goal", "tier-uptake", "--out", missing.toString()))
                .isZero();
        assertThat(stdout.toString()).contains("未受講者一覧 を書き出しました");
        assertThat(missing).exists();
    }

    @Test
    void aMissingListWithoutItsGoalIsAUsageError() {
        assertThat(run("export", "missing", "--fy", "2026", "--out", out.resolve("m.xlsx").toString())).isEqualTo(2);
        assertThat(stderr.toString()).contains("--goal");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void aMissingFolderIsRejected() throws Exception {
        Path file = out.resolve("no-such-folder").resolve("plan.xlsx");
        assertThat(run("export", "plan", "--fy", "2026", "--out", file.toString())).isEqualTo(1);
        assertThat(stderr.toString()).contains("フォルダがありません");
        assertThat(Files.exists(file.getParent())).isFalse();
    }

    @Test
    void helpDescribesTheReportsInJapanese() {
        assertThat(run("export", "--help")).isZero();
        assertThat(stdout.toString()).contains("年度研修計画表", "--session", "--list", "--department", "目標達成状況",
                "未受講者一覧", "--goal");
    }
}
