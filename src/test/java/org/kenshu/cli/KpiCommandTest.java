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

/** {@code kenshu kpi} on the sample city: the JSON shape and the people behind the gap. */
class KpiCommandTest {
    @TempDir
    static Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeAll
    static void loadTheSampleCity() {
        try (Workspace ws = Workspace.open(dir, SpreadsheetReaders::read, TestStore.CLOCK)) {
            ws.services().sample.load(Progress.NONE);
        }
    }

    private int run(String... args) {
        CliContext context = new CliContext(folder -> Workspace.open(dir, SpreadsheetReaders::read, TestStore.CLOCK),
                folder -> 0);
        return Cli.run(context, new PrintWriter(out), new PrintWriter(err), args);
    }

    private JsonNode goal(JsonNode json, String code) {
        for (JsonNode g : json.get("goals")) {
            if (g.get("code").asText().equals(code)) {
                return g;
            }
        }
        throw new AssertionError("no goal " + code + " in " + json);
    }

    @Test
    void kpiJsonIsOneObjectWithRatesAsFractionsAndStatusCodes() throws Exception {
        assertThat(run("kpi", "--fy", "2025", "--json")).isZero();
        assertThat(out.toString().strip().lines()).hasSize(1);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("fiscalYear").asInt()).isEqualTo(2025);
        JsonNode tier = goal(json, "tier-uptake");
        assertThat(tier.get("name").asText()).isEqualTo("階層別研修の受講率");
        assertThat(tier.get("kind").asText()).isEqualTo("UPTAKE");
        assertThat(tier.get("target").asDouble()).isEqualTo(0.9);
        assertThat(tier.get("numerator").asInt()).isEqualTo(173);
        assertThat(tier.get("denominator").asInt()).isEqualTo(189);
        assertThat(tier.get("actual").asDouble()).isCloseTo(173.0 / 189, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(tier.get("forecast").asDouble()).isEqualTo(tier.get("actual").asDouble());
        assertThat(tier.get("status").asText()).isEqualTo("achieved");
        JsonNode firstTier = tier.get("byTier").get(0);
        assertThat(firstTier.fieldNames()).toIterable().containsExactly("tier", "numerator", "denominator", "actual");
        int sum = 0;
        for (JsonNode t : tier.get("byTier")) {
            sum += t.get("denominator").asInt();
        }
        assertThat(sum).isEqualTo(189);
        assertThat(tier.get("byDepartment").get(0).has("department")).isTrue();
        JsonNode satisfaction = goal(json, "satisfaction");
        assertThat(satisfaction.get("actual").isNull()).isTrue();
        assertThat(satisfaction.get("status").asText()).isEqualTo("at-risk");
    }

    @Test
    void kpiJsonForFiscal2026HasTheForecastAboveTheActual() throws Exception {
        assertThat(run("kpi", "--fy", "2026", "--json")).isZero();
        JsonNode tier = goal(new ObjectMapper().readTree(out.toString()), "tier-uptake");
        assertThat(tier.get("numerator").asInt()).isEqualTo(168);
        assertThat(tier.get("denominator").asInt()).isEqualTo(194);
        assertThat(tier.get("forecast").asDouble()).isGreaterThan(tier.get("actual").asDouble());
        assertThat(tier.get("status").asText()).isIn("on-track", "at-risk");
    }

    @Test
    void kpiInTextShowsEachGoalInJapanese() {
        assertThat(run("kpi", "--fy", "2025")).isZero();
        assertThat(out.toString()).contains("令和7年度", "階層別研修の受講率", "91.5% (173/189)", "達成", "職層別");
    }

    @Test
    void kpiMissingListsThePeopleBehindTheGapWithReasons() throws Exception {
        assertThat(run("kpi", "missing", "--fy", "2026", "--goal", "tier-uptake", "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("goal").asText()).isEqualTo("tier-uptake");
        assertThat(json.get("count").asInt()).isEqualTo(194 - 168);
        JsonNode first = json.get("people").get(0);
        assertThat(first.fieldNames()).toIterable().contains("employeeNo", "name", "department", "course",
                "session", "reason", "days");
        boolean notYetHeld = false;
        for (JsonNode p : json.get("people")) {
            notYetHeld |= p.get("reason").asText().equals("not-yet-held");
        }
        assertThat(notYetHeld).isTrue();
    }

    @Test
    void kpiMissingInTextHasOneLinePerPerson() {
        assertThat(run("kpi", "missing", "--fy", "2026", "--goal", "tier-uptake")).isZero();
        assertThat(out.toString().strip().lines()).hasSize(1 + 194 - 168);
        assertThat(out.toString()).contains("未実施（これから）");
    }

    @Test
    void anUnknownGoalCodeIsAUsageErrorNamingTheCodes() {
        assertThat(run("kpi", "missing", "--fy", "2026", "--goal", "nope")).isEqualTo(2);
        assertThat(err.toString()).contains("nope", "tier-uptake");
    }

    @Test
    void helpDescribesKpi() {
        assertThat(run("kpi", "--help")).isZero();
        assertThat(out.toString()).contains("--fy", "--json", "missing");
    }
}
