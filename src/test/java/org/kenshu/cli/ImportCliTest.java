package org.kenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.io.setup.SetupDocumentReader;
import org.kenshu.io.sheet.SpreadsheetReaders;
import org.kenshu.model.I18n;
import org.kenshu.service.Workspace;
import org.kenshu.store.DataFolder;
import org.kenshu.store.Database;
import org.kenshu.store.DatabaseSnapshot;
import org.kenshu.store.TestStore;

/** {@code kenshu import …}: the JSON contract, the exit codes and the help of each command. */
class ImportCliTest {
    static final List<String> JSON_KEYS = List.of("kind", "committed", "dryRun", "batchId", "rowsRead", "created",
            "updated", "unchanged", "skipped", "conflicts", "errors", "warnings");
    @TempDir
    Path dir;
    Path data;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @BeforeEach
    void city() throws Exception {
        data = dir.resolve("data");
        try (Workspace ws = open(data)) {
            ws.services().setup.apply(new SetupDocumentReader().read(new ByteArrayInputStream("""
                    organisation: {name: テスト市}
                    tiers:
                      - {code: SHUNIN, name: 主任級, rank: 1}
                      - {code: KAKARICHO, name: 係長級, rank: 2}
                    jobCategories:
                      - {code: GYOSEI, name: 一般行政}
                    courseTypes:
                      - {code: TIER, name: 階層別研修}
                    courses:
                      - {name: 新任係長研修, type: TIER}
                    """.getBytes(StandardCharsets.UTF_8)), "city"), null);
        }
        assertThat(run("import", "staff", csv("roster.csv", "職員番号,氏名,所属,職層", "00101,山田 太郎,総務部 人事課,係長級",
                "00102,佐藤 花子,市民部 市民課,主任"), "--effective", "R8.4.1")).isZero();
        assertThat(run("import", "plan", csv("plan.csv", "研修名,回,日程", "新任係長研修,第1回,5/12～5/13"), "--fy", "2026"))
                .isZero();
        reset();
    }

    @AfterEach
    void english() {
        I18n.setLocale(Locale.JAPANESE);
    }

    private static Workspace open(Path folder) {
        return Workspace.open(folder, SpreadsheetReaders::read, TestStore.CLOCK);
    }

    private int run(String... args) {
        CliContext context = new CliContext(folder -> open(folder == null ? data : folder), folder -> 0);
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.run(context, new PrintWriter(out), new PrintWriter(err), all);
    }

    private void reset() {
        out = new StringWriter();
        err = new StringWriter();
    }

    private String csv(String name, String... lines) throws Exception {
        return Files.writeString(dir.resolve(name), String.join("\r\n", lines) + "\r\n").toString();
    }

    private JsonNode json() throws Exception {
        assertThat(out.toString().strip().lines()).as("one line on stdout").hasSize(1);
        JsonNode node = new ObjectMapper().readTree(out.toString());
        assertThat(node.fieldNames()).toIterable().containsExactlyElementsOf(JSON_KEYS);
        return node;
    }

    private java.util.Map<String, List<String>> snapshot() {
        try (Database db = Database.openEmbedded(new DataFolder(data))) {
            return DatabaseSnapshot.of(db);
        }
    }

    @Test
    void aCommittedImportPrintsExactlyTheContractsObjectAndExitsZero() throws Exception {
        String file = csv("a.csv", "職員番号,研修名,受講日,出欠", "00101,新任係長研修,2026/5/12,出席", "00102,新任係長研修,R8.5.13,欠席");
        assertThat(run("import", "attendance", file, "--json")).isZero();
        JsonNode j = json();
        assertThat(j.get("kind").asText()).isEqualTo("attendance");
        assertThat(j.get("committed").asBoolean()).isTrue();
        assertThat(j.get("dryRun").asBoolean()).isFalse();
        assertThat(j.get("batchId").asText()).isNotBlank();
        assertThat(j.get("rowsRead").asInt()).isEqualTo(2);
        assertThat(j.get("created").asInt()).isEqualTo(2);
        assertThat(err.toString()).isEmpty();
        reset();
        assertThat(run("import", "attendance", file, "--json")).isZero();
        assertThat(json().get("unchanged").asInt()).isEqualTo(2);
    }

    @Test
    void aRejectedImportExitsOneWritesNothingAndListsEachErrorWithItsPlace() throws Exception {
        var before = snapshot();
        String file = csv("bad.csv", "職員番号,研修名,受講日,出欠", "00101,新任係長研修,2026/5/12,出席", "00999,新任係長研修,2026/5/12,出席",
                "00102,新任係長研修,2026/5/12,たぶん");
        assertThat(run("import", "attendance", file, "--json")).isEqualTo(1);
        JsonNode j = json();
        assertThat(j.get("committed").asBoolean()).isFalse();
        assertThat(j.get("batchId").isNull()).isTrue();
        JsonNode first = j.get("errors").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("file", "sheet", "row", "column", "message");
        assertThat(first.get("file").asText()).isEqualTo("bad.csv");
        assertThat(first.get("row").asInt()).isEqualTo(3);
        assertThat(first.get("column").asText()).isEqualTo("職員番号");
        assertThat(j.get("errors").get(1).get("column").asText()).isEqualTo("出欠");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void skipInvalidCommitsTheValidRowsButStillExitsOne() throws Exception {
        String file = csv("mixed.csv", "職員番号,研修名,受講日,出欠", "00101,新任係長研修,2026/5/12,出席", "00999,新任係長研修,2026/5/12,出席");
        assertThat(run("import", "attendance", file, "--skip-invalid", "--json")).isEqualTo(1);
        JsonNode j = json();
        assertThat(j.get("committed").asBoolean()).isTrue();
        assertThat(j.get("created").asInt()).isEqualTo(1);
        assertThat(j.get("skipped").asInt()).isEqualTo(1);
    }

    @Test
    void aDryRunWritesNothingAndExitsZeroWhenClean() throws Exception {
        var before = snapshot();
        String file = csv("a.csv", "職員番号,研修名,受講日,出欠", "00101,新任係長研修,2026/5/12,出席");
        assertThat(run("import", "attendance", file, "--dry-run", "--json")).isZero();
        JsonNode j = json();
        assertThat(j.get("dryRun").asBoolean()).isTrue();
        assertThat(j.get("committed").asBoolean()).isFalse();
        assertThat(j.get("created").asInt()).isEqualTo(1);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void conflictsAreRejectedByDefaultAndSettledByOnConflict() throws Exception {
        run("import", "attendance", csv("1.csv", "職員番号,研修名,受講日,出欠", "00101,新任係長研修,2026/5/12,欠席"));
        reset();
        String present = csv("2.csv", "職員番号,研修名,受講日,出欠", "00101,新任係長研修,2026/5/12,出席");
        assertThat(run("import", "attendance", present, "--json")).isEqualTo(1);
        JsonNode conflict = json().get("conflicts").get(0);
        assertThat(conflict.get("stored").asText()).isEqualTo("欠席");
        assertThat(conflict.get("incoming").asText()).isEqualTo("出席");
        reset();
        assertThat(run("import", "attendance", present, "--on-conflict", "keep", "--json")).isZero();
        assertThat(json().get("updated").asInt()).isZero();
        reset();
        assertThat(run("import", "attendance", present, "--on-conflict=overwrite", "--json")).isZero();
        assertThat(json().get("updated").asInt()).isEqualTo(1);
    }

    @Test
    void usageErrorsExitTwoAndPrintNothingOnStdout() throws Exception {
        String file = csv("a.csv", "職員番号,研修名,受講日,出欠");
        assertThat(run("import", "attendance", "--json")).isEqualTo(2);
        assertThat(run("import", "plan", file, "--json")).as("plan needs --fy").isEqualTo(2);
        assertThat(run("import", "staff", file, "--effective", "2026-13-01", "--json")).isEqualTo(2);
        assertThat(run("import", "attendance", file, "--on-conflict", "maybe", "--json")).isEqualTo(2);
        assertThat(run("import", "attendance", dir.resolve("missing.csv").toString(), "--json")).isEqualTo(2);
        assertThat(run("import", "undo", "abc")).isEqualTo(2);
        assertThat(run("import")).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("--effective", "missing.csv", "maybe");
    }

    @Test
    void effectiveDatesAcceptTheFormsFilesUse() throws Exception {
        for (String date : List.of("2026-04-01", "R8.4.1", "令和8年4月1日", "2026/4/1")) {
            reset();
            String file = csv("r.csv", "職員番号,氏名", "00101,山田 太郎");
            assertThat(run("import", "staff", file, "--effective", date, "--dry-run", "--json")).as(date).isZero();
        }
    }

    @Test
    void listShowsTheHistoryAndUndoRestoresOrExplainsWhyNot() throws Exception {
        run("import", "attendance", csv("a.csv", "職員番号,研修名,受講日,出欠", "00101,新任係長研修,2026/5/12,出席"), "--json");
        String batch = new ObjectMapper().readTree(out.toString()).get("batchId").asText();
        reset();
        assertThat(run("import", "list", "--json")).isZero();
        JsonNode list = new ObjectMapper().readTree(out.toString()).get("imports");
        assertThat(list.get(0).get("batchId").asText()).isEqualTo(batch);
        assertThat(list.get(0).get("kind").asText()).isEqualTo("attendance");
        assertThat(list).hasSize(3);
        reset();
        assertThat(run("import", "list")).isZero();
        assertThat(out.toString()).contains("出欠・受講実績", "a.csv", "反映済み");
        reset();
        assertThat(run("import", "undo", batch)).isZero();
        assertThat(out.toString()).contains("取り消しました");
        reset();
        assertThat(run("import", "undo", batch)).isEqualTo(1);
        assertThat(err.toString()).contains("取り消し済み");
    }

    @Test
    void eachImportCommandsHelpSaysWhatTheCountsCountInJapaneseAndEnglish() {
        for (String kind : List.of("staff", "plan", "nominations", "attendance")) {
            reset();
            assertThat(run("import", kind, "--help")).isZero();
            assertThat(out.toString()).as(kind).contains("rowsRead", "created", "updated", "unchanged", "skipped",
                    "件数の数え方", "--dry-run", "--skip-invalid", "--on-conflict", "--json");
        }
        I18n.setLocale(Locale.ENGLISH);
        reset();
        assertThat(run("import", "attendance", "--help")).isZero();
        assertThat(out.toString()).contains("What the counts count (unit: attendance = staff × day)", "walk-in");
        reset();
        assertThat(run("import", "staff", "--help")).isZero();
        assertThat(out.toString()).contains("unit: staff members", "--mark-missing-as-left");
    }
}
