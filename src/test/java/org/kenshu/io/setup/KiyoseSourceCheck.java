package org.kenshu.io.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kenshu.model.setup.SetupDocument;
import org.kenshu.model.setup.SetupDocument.GoalSpec;
import org.kenshu.model.setup.SetupDocument.InitiativeSpec;
import org.kenshu.model.setup.SetupDocument.PillarSpec;

/** 清瀬市: goals with their numbers, the pillar → direction → initiative tree, and the counts of the review. */
final class KiyoseSourceCheck {
    private static final Pattern PILLAR = Pattern.compile("^#+【(\\d)】(.+)$");
    private static final Pattern DIRECTION = Pattern.compile("^#+\\((\\d+)\\)(.+)$");
    private static final Pattern INITIATIVE = Pattern.compile("^#+[①-⑳](.+)$");
    private static final Pattern PERIOD = Pattern.compile("R(\\d+)年度からR(\\d+)年度");
    private static final Pattern COUNTS = Pattern.compile("(\\d+)つの柱・(\\d+)の方向性・(\\d+)の取組");
    private static final int REIWA = 2018;

    private KiyoseSourceCheck() {
    }

    /** The goal table: every row is a preset goal with the same target, pillar and fiscal years. */
    static int goals(SetupDocument preset, SeedText doc) {
        int from = doc.lineStartingWith("##4.人材育成の取組【目標値】", 0);
        int to = doc.lineStartingWith("##5.実施計画", from);
        Matcher period = PERIOD.matcher(SeedText.norm(doc.lines.get(from)));
        assertThat(period.find()).isTrue();
        int fyFrom = REIWA + Integer.parseInt(period.group(1));
        int fyTo = REIWA + Integer.parseInt(period.group(2));
        Map<String, GoalSpec> goalByName = preset.goals().stream()
                .collect(Collectors.toMap(g -> SeedText.norm(g.name()), g -> g));
        Map<String, String> pillarName = preset.pillars().stream()
                .collect(Collectors.toMap(PillarSpec::code, p -> SeedText.norm(p.name())));
        String pillar = null;
        int rows = 0;
        for (List<String> cells : doc.tableRows(from, to)) {
            if (cells.size() != 3 || SeedText.norm(cells.get(2)).equals("目標値")) {
                continue;
            }
            if (!cells.get(0).isBlank()) {
                pillar = SeedText.norm(cells.get(0)).replaceFirst("^【\\d】", "");
            }
            GoalSpec goal = goalByName.get(SeedText.norm(cells.get(1)));
            assertThat(goal).as("goal %s", cells.get(1)).isNotNull();
            String value = SeedText.norm(cells.get(2));
            if (value.endsWith("%")) {
                BigDecimal rate = new BigDecimal(value.substring(0, value.length() - 1)).movePointLeft(2);
                assertThat(goal.targetRate()).as(goal.name()).isEqualByComparingTo(rate);
            } else {
                assertThat(value).endsWith("人");
                assertThat(goal.targetCount()).as(goal.name())
                        .isEqualTo(Integer.parseInt(value.substring(0, value.length() - 1)));
            }
            assertThat(pillarName.get(goal.pillar())).as("pillar of %s", goal.name()).isEqualTo(pillar);
            assertThat(goal.fiscalYearFrom()).isEqualTo(fyFrom);
            assertThat(goal.fiscalYearTo()).isEqualTo(fyTo);
            rows++;
        }
        assertThat(rows).isEqualTo(preset.goals().size());
        return rows;
    }

    /** The tree of section 5, as 「pillar/direction/initiative」 paths in document order. */
    static List<String> planTree(SeedText doc) {
        int from = doc.lineStartingWith("##5.実施計画", doc.lineStartingWith("##4.人材育成の取組", 0));
        List<String> paths = new ArrayList<>();
        String pillar = null;
        String direction = null;
        for (String line : doc.lines.subList(from + 1, doc.lines.size())) {
            String s = SeedText.norm(line);
            Matcher m;
            if ((m = PILLAR.matcher(s)).matches()) {
                pillar = m.group(2);
                paths.add(pillar);
            } else if ((m = DIRECTION.matcher(s)).matches()) {
                direction = pillar + "/" + m.group(2);
                paths.add(direction);
            } else if ((m = INITIATIVE.matcher(s)).matches()) {
                paths.add(direction + "/" + m.group(1));
            }
        }
        return paths;
    }

    /** The preset's tree equals section 5's, and its size equals the 「4つの柱・11の方向性・22の取組」 heading. */
    static int[] tree(SetupDocument preset, SeedText doc) {
        List<String> expected = planTree(doc);
        List<String> actual = new ArrayList<>();
        for (PillarSpec p : preset.pillars()) {
            String pillar = SeedText.norm(p.name());
            actual.add(pillar);
            p.directions().forEach(d -> {
                String direction = pillar + "/" + SeedText.norm(d.name());
                actual.add(direction);
                d.initiatives().forEach(i -> actual.add(direction + "/" + SeedText.norm(i.name())));
            });
        }
        assertThat(actual).containsExactlyElementsOf(expected);
        Matcher counts = COUNTS.matcher(doc.normalised);
        assertThat(counts.find()).isTrue();
        int[] sizes = {preset.pillars().size(),
            (int) preset.pillars().stream().mapToLong(p -> p.directions().size()).sum(),
            (int) Presets.initiatives(preset).count()};
        assertThat(sizes).containsExactly(Integer.parseInt(counts.group(1)), Integer.parseInt(counts.group(2)),
                Integer.parseInt(counts.group(3)));
        return sizes;
    }

    /** Every initiative has a plan for each year of the plan period. */
    static void plannedYears(SetupDocument preset) {
        assertThat(Presets.initiatives(preset).toList()).allSatisfy(i ->
                assertThat(i.years()).as(i.name()).containsKeys(2026, 2027, 2028)
                        .allSatisfy((year, y) -> assertThat(year < 2026 || y.plan() != null).isTrue()));
    }

    /**
     * Counts from the review of R4–R7: a result count of fiscal year Y must stand in the Y column
     * (4年度 … 7年度) of some 実績 row of the review.
     */
    static int reviewCounts(SetupDocument preset, SeedText doc) {
        int from = doc.lineStartingWith("#1.4年間の振り返り", doc.lineStartingWith("#はじめに", 0));
        int to = doc.lineStartingWith("##2.4年間の振り返り【総括】", from);
        List<List<String>> results = doc.tableRows(from, to).stream()
                .filter(r -> r.size() == 6 && SeedText.norm(r.get(1)).equals("実績")).toList();
        int checked = 0;
        for (InitiativeSpec initiative : Presets.initiatives(preset).toList()) {
            for (var entry : initiative.years().entrySet()) {
                Integer count = entry.getValue().resultCount();
                int column = 2 + entry.getKey() - (REIWA + 4);
                if (count == null) {
                    continue;
                }
                Pattern cell = Pattern.compile("(?<![0-9])" + count + Pattern.quote(entry.getValue().countUnit()));
                assertThat(results).as("%s %d: %d%s", initiative.name(), entry.getKey(), count,
                        entry.getValue().countUnit()).anySatisfy(r ->
                        assertThat(cell.matcher(SeedText.norm(r.get(column))).find()).isTrue());
                checked++;
            }
        }
        return checked;
    }
}
