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
        assertThat(out.toString()).contains("使い方", "info", "load-sample", "--db");
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
        assertThat(json.get("schemaVersion").asText()).matches("[1-9][0-9]*(\\.[0-9]+)*");
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
}
