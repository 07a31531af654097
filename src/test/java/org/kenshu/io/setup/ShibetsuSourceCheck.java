package org.kenshu.io.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.kenshu.model.setup.SetupDocument;
import org.kenshu.model.setup.SetupDocument.CompetencyCategorySpec;
import org.kenshu.model.setup.SetupDocument.CompetencySpec;

/** 士別市: the four ability categories, the nine attitudes and the four tier groups. */
final class ShibetsuSourceCheck {
    static final String ATTITUDES = "ATTITUDE";
    /**
     * The category labels of the ability table are printed vertically; the extracted text keeps
     * 「対人折衝力」 only as the fragment 「人折衝力」 (its first line is garbled).
     */
    static final Map<String, String> EXTRACTION_DAMAGE = Map.of("対人折衝力", "人折衝力");

    private ShibetsuSourceCheck() {
    }

    /**
     * The ability table (区分 | 定義): the name is the cell before the definition; a category
     * label (or its fragment) shares the line of one of its own abilities.
     */
    static void abilities(SetupDocument preset, SeedText doc) {
        int from = doc.lineStartingWith("①求められる能力", 0);
        int to = doc.lineStartingWith("②取り組み姿勢", from);
        List<List<String>> rows = doc.tableRows(from, to).stream()
                .filter(r -> r.size() >= 2 && !SeedText.norm(r.get(r.size() - 2)).equals("区分")).toList();
        List<String> names = rows.stream().map(r -> SeedText.norm(r.get(r.size() - 2))).toList();
        List<CompetencyCategorySpec> categories = preset.competencyCategories().stream()
                .filter(c -> !c.code().equals(ATTITUDES)).toList();
        assertThat(categories).hasSize(4);
        assertThat(names).hasSize(11).containsExactlyElementsOf(categories.stream()
                .flatMap(c -> c.competencies().stream()).map(c -> SeedText.norm(c.name())).toList());
        for (CompetencyCategorySpec category : categories) {
            String label = EXTRACTION_DAMAGE.getOrDefault(category.name(), category.name());
            List<String> own = category.competencies().stream().map(c -> SeedText.norm(c.name())).toList();
            assertThat(rows).as("a line of %s carries its label", category.name()).anySatisfy(r -> {
                assertThat(SeedText.norm(r.getFirst())).isEqualTo(SeedText.norm(label));
                assertThat(own).contains(SeedText.norm(r.get(r.size() - 2)));
            });
        }
    }

    /** 取り組み姿勢: the labels of the table (garbled duplicates of labels end otherwise). */
    static void attitudes(SetupDocument preset, SeedText doc) {
        int from = doc.lineStartingWith("②取り組み姿勢", 0);
        int to = doc.lineStartingWith("(3)階層別", from);
        List<String> names = doc.tableRows(from, to).stream().map(r -> SeedText.norm(r.getFirst()))
                .filter(s -> s.matches(".+(観|意識|性|志向)")).toList();
        List<String> presetNames = preset.competencyCategories().stream().filter(c -> c.code().equals(ATTITUDES))
                .flatMap(c -> c.competencies().stream()).map(CompetencySpec::name).map(SeedText::norm).toList();
        assertThat(names).hasSize(9).containsExactlyElementsOf(presetNames);
    }

    /** The 階層 table names six posts from 部長職 down; the preset groups them into tiers ranked from the bottom. */
    static void tierGroups(SetupDocument preset, SeedText doc) {
        int from = doc.lineStartingWith("(3)階層別に要求される能力", 0);
        int to = doc.lineStartingWith("階層別に要求される能力の割合", from);
        List<String> posts = doc.tableRows(from, to).stream().map(r -> SeedText.norm(r.getFirst()))
                .filter(s -> s.matches(".+職")).toList();
        List<String> presetPosts = Presets.tiersByRank(preset).reversed().stream()
                .flatMap(t -> Arrays.stream(SeedText.norm(t.name()).split("・"))).toList();
        assertThat(posts).hasSize(6).containsExactlyElementsOf(presetPosts);
    }
}
