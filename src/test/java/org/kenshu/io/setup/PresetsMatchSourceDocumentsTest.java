package org.kenshu.io.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.kenshu.model.setup.SetupDocument;

/**
 * Each city preset against its source document in {@code ../shared/seeds} (skipped when the folder
 * is absent): tables cell by cell where the document has them, names and counts everywhere else,
 * and no sentence of the document copied into a description.
 */
class PresetsMatchSourceDocumentsTest {
    static final List<String> cities = Presets.CITIES;
    private static final Map<String, String> CITY = Map.of("iruma", "入間市", "shibetsu", "士別市", "ojiya", "小千谷市",
            "atsugi", "厚木市", "kiyose", "清瀬市");
    /** A description sharing this many consecutive characters with the document has copied it. */
    private static final int COPIED = 12;

    private static SeedText seed(String preset) {
        return SeedText.of(CITY.get(preset));
    }

    @Test
    void irumaMatrixEqualsTheDocumentsTableInAll17By7Cells() {
        SetupDocument preset = Presets.read("iruma");
        SeedText doc = seed("iruma");
        assertThat(IrumaSourceCheck.matrixCells(preset, doc)).isEqualTo(17 * 7);
        IrumaSourceCheck.competencyList(preset, doc);
        IrumaSourceCheck.tierTable(preset, doc);
    }

    @Test
    void shibetsuHasTheDocumentsCategoriesAttitudesAndTierGroups() {
        SetupDocument preset = Presets.read("shibetsu");
        SeedText doc = seed("shibetsu");
        ShibetsuSourceCheck.abilities(preset, doc);
        ShibetsuSourceCheck.attitudes(preset, doc);
        ShibetsuSourceCheck.tierGroups(preset, doc);
    }

    @Test
    void ojiyaHasTheTenAbilitiesAndEverySkillMapItem() {
        SetupDocument preset = Presets.read("ojiya");
        SeedText doc = seed("ojiya");
        OjiyaSourceCheck.abilities(preset, doc);
        assertThat(OjiyaSourceCheck.skillItems(preset, doc)).isEqualTo(preset.skillItems().size()).isPositive();
        OjiyaSourceCheck.tiers(preset, doc);
    }

    @Test
    void atsugiHasTheAbilitiesGradesAndEveryPositionText() {
        SetupDocument preset = Presets.read("atsugi");
        SeedText doc = seed("atsugi");
        AtsugiSourceCheck.abilityLists(preset, doc);
        AtsugiSourceCheck.salaryGrades(preset, doc);
        assertThat(AtsugiChartCheck.chart1(preset, doc)).isEqualTo(12 * 8);
        assertThat(AtsugiChartCheck.chart2(preset, doc)).isEqualTo(7 * 2);
    }

    @Test
    void kiyoseHasTheGoalsThePlanTreeAndTheReviewCounts() {
        SetupDocument preset = Presets.read("kiyose");
        SeedText doc = seed("kiyose");
        assertThat(KiyoseSourceCheck.goals(preset, doc)).isEqualTo(9);
        assertThat(KiyoseSourceCheck.tree(preset, doc)).containsExactly(4, 11, 22);
        KiyoseSourceCheck.plannedYears(preset);
        assertThat(KiyoseSourceCheck.reviewCounts(preset, doc)).isPositive();
    }

    @ParameterizedTest
    @FieldSource("cities")
    void everyNameInThePresetOccursInTheDocument(String name) {
        SetupDocument preset = Presets.read(name);
        SeedText doc = seed(name);
        List<String> names = new ArrayList<>();
        preset.jobCategories().forEach(j -> names.add(j.name()));
        Presets.competencies(preset).forEach(c -> names.add(c.name()));
        preset.skillItems().forEach(s -> names.addAll(List.of(s.position(), s.name())));
        preset.designationRoles().forEach(r -> names.add(r.name()));
        preset.providers().stream().filter(p -> !p.internal()).forEach(p -> names.add(p.name()));
        preset.courses().forEach(c -> names.add(c.name()));
        preset.goals().stream().filter(g -> name.equals("kiyose") || !g.code().equals("tier-uptake"))
                .forEach(g -> names.add(g.name()));
        preset.pillars().forEach(p -> {
            names.add(p.name());
            p.directions().forEach(d -> names.add(d.name()));
        });
        Presets.initiatives(preset).forEach(i -> names.add(i.name()));
        assertThat(names).allSatisfy(n -> assertThat(doc.containsName(n)).as(n).isTrue());
        preset.competencyCategories().forEach(c -> assertThat(doc.containsName(
                ShibetsuSourceCheck.EXTRACTION_DAMAGE.getOrDefault(c.name(), c.name()))).as(c.name()).isTrue());
        // Tier groups and course kinds may join titles that the document prints apart.
        preset.tiers().forEach(t -> assertThat(doc.containsEachPart(t.name())).as(t.name()).isTrue());
        preset.courseTypes().forEach(t -> assertThat(doc.containsEachPart(t.name())).as(t.name()).isTrue());
        String[] source = preset.source().split("[（）]");
        assertThat(source).allSatisfy(part -> assertThat(doc.containsName(part)).as(part).isTrue());
    }

    @ParameterizedTest
    @FieldSource("cities")
    void descriptionsAreParaphrasesNotCopiedSentences(String name) {
        SetupDocument preset = Presets.read(name);
        SeedText doc = seed(name);
        List<String> names = PresetTexts.names(preset).stream().map(SeedText::norm).filter(n -> n.length() > 1)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        List<String> copies = new ArrayList<>();
        for (String text : PresetTexts.freeTexts(preset)) {
            String rest = SeedText.norm(text);
            for (String n : names) {
                rest = rest.replace(n, "|");
            }
            for (String piece : rest.split("\\|")) {
                for (int i = 0; i + COPIED <= piece.length(); i++) {
                    String window = piece.substring(i, i + COPIED);
                    if (doc.normalised.contains(window)) {
                        copies.add(text + " ← " + window);
                        break;
                    }
                }
            }
        }
        assertThat(copies).as("descriptions that copy %d characters of the document", COPIED).isEmpty();
    }
}
