package org.kenshu.io.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.kenshu.model.setup.SetupDocument;
import org.kenshu.model.setup.SetupDocument.CompetencySpec;
import org.kenshu.model.setup.SetupDocument.TierSpec;

/** 厚木市: the ability lists, the salary grades and both charts of per-position texts. */
final class AtsugiSourceCheck {
    private static final Pattern LISTED = Pattern.compile("^-?[①-⑳](.+)$");
    private static final Pattern GRADED = Pattern.compile("^(.+)【([0-9・~]+)級】$");

    private AtsugiSourceCheck() {
    }

    /** (1) 必要な能力 and (2) 必要な意識・行動 list the preset's two main categories, in order. */
    static void abilityLists(SetupDocument preset, SeedText doc) {
        int abilities = doc.lineStartingWith("(1)必要な能力", 0);
        int attitudes = doc.lineStartingWith("(2)必要な意識・行動", abilities);
        int roles = doc.lineStartingWith("(3)職位ごとの基本的な役割", attitudes);
        assertThat(listed(doc, abilities, attitudes)).hasSize(8).containsExactlyElementsOf(names(preset, "ABILITY"));
        assertThat(listed(doc, attitudes, roles)).hasSize(4).containsExactlyElementsOf(names(preset, "ATTITUDE"));
    }

    private static List<String> listed(SeedText doc, int from, int to) {
        return doc.lines.subList(from, to).stream().map(SeedText::norm).map(LISTED::matcher)
                .filter(Matcher::matches).map(m -> m.group(1)).toList();
    }

    private static List<String> names(SetupDocument preset, String category) {
        return preset.competencyCategories().stream().filter(c -> c.code().equals(category))
                .flatMap(c -> c.competencies().stream()).map(c -> SeedText.norm(c.name())).toList();
    }

    /** The note on 行政職給料表(2) names three abilities: the GINO category plus the shared 接遇. */
    static List<String> ginoAbilities(SeedText doc) {
        String note = doc.lines.get(doc.lineStartingWith("※行政職給料表(2)適用職員に必要な能力", 0));
        String listed = SeedText.norm(note).replaceAll("^.*?は、", "").replaceAll("になります。?$", "");
        return List.of(listed.split("[①-⑳]")).stream().filter(s -> !s.isEmpty()).toList();
    }

    /** Every 「name【n・m級】」 header of both charts gives the grades of the tier of that name. */
    static void salaryGrades(SetupDocument preset, SeedText doc) {
        Map<String, TierSpec> tierByName = preset.tiers().stream()
                .collect(Collectors.toMap(t -> SeedText.norm(t.name()), t -> t));
        int headers = 0;
        for (String line : doc.lines) {
            if (!SeedText.norm(line).startsWith("職位及び基本的役割")) {
                continue;
            }
            for (String cell : line.split("\t")) {
                Matcher m = GRADED.matcher(SeedText.norm(cell));
                if (m.matches()) {
                    TierSpec tier = tierByName.get(m.group(1));
                    assertThat(tier).as("tier %s", m.group(1)).isNotNull();
                    assertThat(grades(tier.salaryGrades())).as(tier.name()).isEqualTo(grades(m.group(2)));
                    headers++;
                }
            }
        }
        assertThat(headers).isEqualTo((int) preset.tiers().stream().filter(t -> t.salaryGrades() != null).count());
    }

    /** 「2・1」, 「1~3」 or 「4-5」 → the set of grades. */
    static TreeSet<Integer> grades(String text) {
        TreeSet<Integer> grades = new TreeSet<>();
        for (String part : text.split("・")) {
            String[] range = part.split("[~-]");
            int a = Integer.parseInt(range[0]);
            int b = Integer.parseInt(range[range.length - 1]);
            IntStream.rangeClosed(Math.min(a, b), Math.max(a, b)).forEach(grades::add);
        }
        return grades;
    }

    /**
     * Chart 1: the tier of each column, from the chart's row of roles matched with table (3), which
     * names the posts (役職定年者 included).
     */
    static List<TierSpec> chartColumns(SetupDocument preset, SeedText doc) {
        int roles = doc.lineStartingWith("(3)職位ごとの基本的な役割", 0);
        int chart = doc.lineStartingWith("職位及び基本的役割", roles);
        Map<String, String> postByRole = new java.util.HashMap<>();
        for (List<String> row : doc.tableRows(roles, chart)) {
            List<String> filled = row.stream().map(SeedText::norm).filter(s -> !s.isEmpty()).toList();
            if (filled.size() >= 2) {
                postByRole.put(prefix(filled.getLast()), filled.getFirst());
            }
        }
        List<String> roleRow = List.of(doc.lines.get(chart + 2).split("\t", -1));
        List<TierSpec> columns = new ArrayList<>();
        for (int col = 2; col < roleRow.size() && !roleRow.get(col).isBlank(); col++) {
            String post = postByRole.get(prefix(SeedText.norm(roleRow.get(col))));
            assertThat(post).as("post of chart column %d", col).isNotNull();
            columns.add(tierNamed(preset, post));
        }
        assertThat(columns).hasSize(8).containsExactlyElementsOf(Presets.tiersByRank(preset).subList(0, 8));
        assertThat(columns).extracting(TierSpec::jobCategory).as("chart 1 is the common ladder").containsOnlyNulls();
        return columns;
    }

    private static String prefix(String role) {
        return role.substring(0, Math.min(8, role.length()));
    }

    static TierSpec tierNamed(SetupDocument preset, String name) {
        return preset.tiers().stream().filter(t -> SeedText.norm(t.name()).equals(name)
                || (t.aliases() != null && t.aliases().contains(name))).findFirst()
                .orElseThrow(() -> new AssertionError("no tier named " + name));
    }

    /** The competency a chart row is about: its label is the name or the name without a trailing 「力」. */
    static CompetencySpec competencyLabelled(SetupDocument preset, String label) {
        if (label.isEmpty()) {
            return null;
        }
        return Presets.competencies(preset)
                .filter(c -> SeedText.norm(c.name()).equals(label) || SeedText.norm(c.name()).equals(label + "力"))
                .findFirst().orElse(null);
    }
}
