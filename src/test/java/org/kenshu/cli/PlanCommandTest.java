package org.kenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.Course;
import org.kenshu.model.DeliveryFormat;
import org.kenshu.model.EnrollmentMode;
import org.kenshu.model.Organisation;
import org.kenshu.model.Session;
import org.kenshu.model.TargetRule;
import org.kenshu.service.Workspace;
import org.kenshu.store.TestStore;

class PlanCommandTest {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void aPlanFor2025WithASessionOnASaturday() {
        try (Workspace ws = open()) {
            var s = ws.services();
            s.organisation.save(Organisation.unnamed().withName("テスト市"));
            var type = s.courseTypes.add("階層別研修", "#1F4E79");
            Course c = s.courses.save(new Course(0, null, "新任主任研修", type.id(), null, DeliveryFormat.CLASSROOM,
                    null, null, 20, null, EnrollmentMode.NOMINATION, null, TargetRule.none(), Set.of(), false, 0),
                    List.of()).course();
            s.sessions.add(2025, Session.of(0, c.id(), 0), List.of(LocalDate.of(2025, 6, 10)));
            s.sessions.add(2025, Session.of(0, c.id(), 0), List.of(LocalDate.of(2025, 6, 14)));
        }
    }

    private Workspace open() {
        return Workspace.open(dir, (f, h, p) -> { }, TestStore.CLOCK);
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CliContext context = new CliContext(folder -> open(), folder -> 0);
        return Cli.run(context, new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void copyMovesLastYearsPlanAndSaysHowManyWarningsItHas() {
        assertThat(run("plan", "copy", "--from", "2025", "--to", "2026")).isZero();
        assertThat(out.toString()).contains("令和7年度の計画を令和8年度へ写しました", "日程 2 回", "確認事項 1 件");
        try (Workspace ws = open()) {
            assertThat(ws.services().plans.sessions(2026)).extracting(e -> e.firstDay())
                    .containsExactly(LocalDate.of(2026, 6, 9), LocalDate.of(2026, 6, 13));
        }
    }

    @Test
    void copyingOntoAYearWithSessionsNeedsReplaceAndOtherwiseWritesNothing() {
        assertThat(run("plan", "copy", "--from", "2025", "--to", "2026")).isZero();
        assertThat(run("plan", "copy", "--from", "2025", "--to", "2026")).isEqualTo(1);
        assertThat(err.toString()).contains("--replace");
        assertThat(run("plan", "copy", "--from", "2025", "--to", "2026", "--replace", "--json")).isZero();
        assertThat(out.toString().strip().lines()).hasSize(1);
    }

    @Test
    void checkListsTheWarningsAndStillExitsZero() throws Exception {
        assertThat(run("plan", "check", "--fy", "2025")).isZero();
        assertThat(out.toString()).contains("[土日]", "新任主任研修 第2回", "6月14日(土)", "確認事項: 1 件");
        assertThat(run("plan", "check", "--fy", "2025", "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("count").asInt()).isEqualTo(1);
        assertThat(json.get("warnings").get(0).get("kind").asText()).isEqualTo("WEEKEND");
        assertThat(json.get("warnings").get(0).get("date").asText()).isEqualTo("2025-06-14");
    }

    @Test
    void aYearWithoutAPlanIsRejectedAndAMissingOptionIsAUsageError() {
        assertThat(run("plan", "check", "--fy", "2030")).isEqualTo(1);
        assertThat(err.toString()).contains("令和12年度の計画はありません");
        assertThat(run("plan", "copy", "--from", "2025")).isEqualTo(2);
        assertThat(run("plan")).isEqualTo(2);
    }

    @Test
    void helpDescribesTheSubcommandsInJapanese() {
        assertThat(run("plan", "--help")).isZero();
        assertThat(out.toString()).contains("copy", "check");
        assertThat(run("plan", "copy", "--help")).isZero();
        assertThat(out.toString()).contains("第2火曜日", "--replace");
    }
}
