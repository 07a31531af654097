package org.kenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.io.sheet.SpreadsheetReaders;
import org.kenshu.model.Progress;
import org.kenshu.service.Workspace;
import org.kenshu.store.TestStore;

/** {@code kenshu plan targets} on the sample city. */
class PlanTargetsCommandTest {
    @TempDir
    static Path dir;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @BeforeAll
    static void loadTheSampleCity() {
        try (Workspace ws = Workspace.open(dir, SpreadsheetReaders::read, TestStore.CLOCK)) {
            ws.services().sample.load(Progress.NONE);
        }
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CliContext context = new CliContext(folder -> Workspace.open(dir, SpreadsheetReaders::read, TestStore.CLOCK),
                folder -> 0);
        return Cli.run(context, new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void jsonListsEachCourseWithItsTargetsAndWhetherTheyAreEnrolled() throws Exception {
        assertThat(run("plan", "targets", "--fy", "2026", "--json")).isZero();
        assertThat(out.toString().strip().lines()).hasSize(1);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("fiscalYear").asInt()).isEqualTo(2026);
        assertThat(json.get("referenceDate").asText()).isEqualTo("2026-04-01");
        JsonNode first = json.get("courses").get(0);
        assertThat(first.get("course").asText()).isEqualTo("新規採用職員研修");
        JsonNode target = first.get("targets").get(0);
        assertThat(target.fieldNames()).toIterable()
                .containsExactly("employeeNo", "name", "department", "tier", "reason", "enrolled");
        assertThat(target.get("reason").asText()).isEqualTo("主事・主事補級・" + target.get("reason").asText()
                .split("・")[2] + "・採用1年目");
        assertThat(target.get("enrolled").asBoolean()).isTrue();
        assertThat(json.get("skipped").toString()).contains("政策形成研修", "人権研修");
    }

    @Test
    void applyNominatesTheTargetsNotEnrolledOnceAndOnlyOnce() throws Exception {
        assertThat(run("plan", "targets", "--fy", "2026", "--course", "文書事務研修", "--json")).isZero();
        JsonNode before = new ObjectMapper().readTree(out.toString()).get("courses").get(0).get("targets");
        long notEnrolled = 0;
        for (JsonNode t : before) {
            notEnrolled += t.get("enrolled").asBoolean() ? 0 : 1;
        }
        assertThat(notEnrolled).isPositive();
        assertThat(run("plan", "targets", "--fy", "2026", "--course", "文書事務研修", "--apply")).isZero();
        assertThat(out.toString()).contains(notEnrolled + " 人を指名しました");
        assertThat(run("plan", "targets", "--fy", "2026", "--course", "文書事務研修", "--apply", "--json")).isZero();
        JsonNode after = new ObjectMapper().readTree(out.toString());
        assertThat(after.get("nominated").asInt()).isZero();
        assertThat(after.get("courses").get(0).get("targets")).allMatch(t -> t.get("enrolled").asBoolean());
    }

    @Test
    void textOutputNamesTheCourseTheCountsAndEachPerson() {
        assertThat(run("plan", "targets", "--fy", "2026", "--course", "新任課長")).isZero();
        assertThat(out.toString()).contains("令和8年度 (2026) の対象者（基準日 R8.4.1）", "■ 新任課長研修 — 対象",
                "課長級・R8.4.1 昇任（新任）", "受講予定");
    }

    @Test
    void anUnknownOrAmbiguousCourseIsRejectedWithExitOne() {
        assertThat(run("plan", "targets", "--fy", "2026", "--course", "存在しない研修")).isEqualTo(1);
        assertThat(err.toString()).contains("「存在しない研修」という研修がありません");
        assertThat(run("plan", "targets", "--fy", "2026", "--course", "新任")).isEqualTo(1);
        assertThat(err.toString()).contains("複数", "新任主任研修", "新任課長研修");
    }

    @Test
    void applyingToAnApplicationCourseIsRejected() {
        assertThat(run("plan", "targets", "--fy", "2026", "--course", "政策形成研修", "--apply")).isEqualTo(1);
        assertThat(err.toString()).contains("公募");
    }

    @Test
    void aYearWithoutPlanIsRejectedAndAMissingYearIsAUsageError() {
        assertThat(run("plan", "targets", "--fy", "2030")).isEqualTo(1);
        assertThat(err.toString()).contains("令和12年度 (2030)の年度研修計画がありません");
        assertThat(run("plan", "targets")).isEqualTo(2);
        assertThat(err.toString()).contains("--fy");
    }
}
