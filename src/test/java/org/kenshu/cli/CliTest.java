package org.kenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.service.Workspace;
import org.kenshu.store.TestStore;

class CliTest {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final AtomicReference<Path> windowOpenedOn = new AtomicReference<>();

    private int run(String... args) {
        CliContext context = new CliContext(
                folder -> Workspace.open(folder == null ? dir.resolve("default") : folder, (f, h, p) -> {
                    throw new AssertionError("no file is read here");
                }, TestStore.CLOCK),
                folder -> {
                    windowOpenedOn.set(folder);
                    return 0;
                });
        return Cli.run(context, new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void helpListsTheCommandsInJapanese() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("使い方", "info", "init", "load-sample", "--db");
    }

    @Test
    void versionIsPrinted() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).contains("Kenshu Workbench");
    }

    @Test
    void withoutACommandTheWindowOpensOnTheNamedFolder() {
        assertThat(run("--db", dir.toString())).isZero();
        assertThat(windowOpenedOn.get()).isEqualTo(dir);
    }

    @Test
    void infoJsonHasTheSchemaVersionAndCountsKeyedByTable() throws Exception {
        assertThat(run("--db", dir.toString(), "info", "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("schemaVersion").asText()).isEqualTo(org.kenshu.store.Migrations.latestVersion());
        assertThat(json.get("counts").get("staff").asInt()).isZero();
        assertThat(json.get("counts").has("tier_competency")).isTrue();
        assertThat(out.toString().strip().lines()).hasSize(1);
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(run("info", "--jsn")).isEqualTo(2);
        assertThat(err.toString()).contains("--jsn");
    }

    @Test
    void anUnwritableDataFolderGivesOneJapaneseLineAndExitOne() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThat(run("--db", file.resolve("sub").toString(), "info")).isEqualTo(1);
        assertThat(err.toString().strip()).contains("データフォルダに書き込めません").doesNotContain("Exception");
        assertThat(err.toString().strip().lines()).hasSize(1);
    }

    @Test
    void initSetsUpAnEmptyDatabaseFromAPresetWithTheGivenName() throws Exception {
        assertThat(run("--db", dir.toString(), "init", "--preset", "iruma", "--org-name", "いるま台市")).isZero();
        assertThat(out.toString()).contains("入間市", "いるま台市", "職層 7", "能力 17");
        try (Workspace ws = Workspace.open(dir, (f, h, p) -> { }, TestStore.CLOCK)) {
            assertThat(ws.services().organisation.organisation().name()).isEqualTo("いるま台市");
            assertThat(ws.services().organisation.organisation().preset()).isEqualTo("iruma");
            assertThat(ws.services().roster.tiers()).hasSize(7);
        }
    }

    @Test
    void initJsonNamesThePresetAndCounts() throws Exception {
        assertThat(run("--db", dir.toString(), "init", "--preset", "atsugi", "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("preset").asText()).isEqualTo("atsugi");
        assertThat(json.get("organisation").asText()).isEqualTo("厚木市");
        assertThat(json.get("counts").get("tier").asInt()).isPositive();
    }

    @Test
    void initRefusesADatabaseThatAlreadyHasStaffWithExitOne() {
        try (Workspace ws = Workspace.open(dir, (f, h, p) -> { }, TestStore.CLOCK)) {
            ws.services().staff.add(org.kenshu.model.Staff.of("00001", "試験 花子", "シケン ハナコ", null), null);
        }
        assertThat(run("--db", dir.toString(), "init", "--preset", "ojiya")).isEqualTo(1);
        assertThat(err.toString().strip()).contains("職員が登録済み").doesNotContain("Exception");
        try (Workspace ws = Workspace.open(dir, (f, h, p) -> { }, TestStore.CLOCK)) {
            assertThat(ws.services().roster.tiers()).isEmpty();
        }
    }

    @Test
    void initWithAnUnknownPresetIsAUsageErrorListingTheChoicesAndCreatesNothing() {
        Path folder = dir.resolve("never-created");
        assertThat(run("--db", folder.toString(), "init", "--preset", "tokyo")).isEqualTo(2);
        assertThat(err.toString()).contains("tokyo", "iruma|shibetsu|ojiya|atsugi|kiyose|empty");
        assertThat(folder).doesNotExist();
    }

    @Test
    void initWithoutAPresetIsAUsageError() {
        assertThat(run("--db", dir.toString(), "init")).isEqualTo(2);
        assertThat(err.toString()).contains("--preset");
    }
}
