package org.kenshu.io.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kenshu.model.setup.SetupDocument;
import org.kenshu.model.setup.SetupDocument.CompetencySpec;
import org.kenshu.model.setup.SetupDocument.TierSpec;

/**
 * 厚木市's charts of per-position texts, cell by cell. A chart cell may span several positions;
 * the extracted text keeps a spanning cell in its first column and leaves the others empty, so
 * the columns where a row has text are where its cells start. The preset must give one text to
 * every position of a cell and different texts to neighbouring cells.
 *
 * <p>Two quirks of the extracted chart 1 are handled: in the rows whose label stands in the
 * first cell (判断力, 倫理観・規律性) the first text is in the second cell and belongs to the first
 * column; and the rows 企画力 and 指導力・育成力 have cells beyond the eighth column, so for them only
 * the number and order of the cells are compared. A row whose first columns are empty continues
 * the cell above (one cell spans 折衝・応対力 … 指導力・育成力 for the lower posts).
 */
final class AtsugiChartCheck {
    private static final int FIRST = 2;

    private AtsugiChartCheck() {
    }

    /** Checks chart 1; returns the number of (competency, tier) texts compared. */
    static int chart1(SetupDocument preset, SeedText doc) {
        List<TierSpec> columns = AtsugiSourceCheck.chartColumns(preset, doc);
        int start = doc.lineStartingWith("職位及び基本的役割", doc.lineStartingWith("(3)職位ごとの基本的な役割", 0));
        int end = doc.lineStartingWith("※会計年度任用職員は", start);
        Set<String> seen = new HashSet<>();
        Map<String, String> above = null;
        int compared = 0;
        for (List<String> cells : doc.tableRows(start + 3, end)) {
            int label = cells.size() > 1 && competency(preset, cells.get(1)) != null ? 1 : 0;
            CompetencySpec competency = competency(preset, cells.get(label));
            assertThat(competency).as("competency of chart row %s", cells).isNotNull();
            seen.add(competency.code());
            Map<String, String> texts = preset.competencyDescriptions().getOrDefault(competency.code(), Map.of());
            List<Integer> starts = new ArrayList<>();
            for (int i = label + 1; i < cells.size(); i++) {
                if (!cells.get(i).isBlank()) {
                    starts.add(label == 0 && i == 1 ? FIRST : i);
                }
            }
            List<String> own = columns.stream().map(t -> texts.get(t.code())).toList();
            assertThat(own).as(competency.name()).doesNotContainNull();
            boolean continues = starts.getFirst() > FIRST;
            if (continues) {
                for (int col = FIRST; col < starts.getFirst(); col++) {
                    String tier = columns.get(col - FIRST).code();
                    assertThat(texts.get(tier)).as("%s × %s continues the cell above", competency.name(), tier)
                            .isEqualTo(above.get(tier));
                }
            }
            if (starts.getLast() - FIRST >= columns.size()) {
                assertThat(runs(own)).as("cells of %s", competency.name()).isEqualTo(starts.size() + (continues ? 1 : 0));
            } else {
                for (int c = 0; c < starts.size(); c++) {
                    int from = starts.get(c) - FIRST;
                    int to = c + 1 < starts.size() ? starts.get(c + 1) - FIRST : columns.size();
                    assertThat(new HashSet<>(own.subList(from, to))).as("%s, cell %d", competency.name(), c).hasSize(1);
                    if (from > 0) {
                        assertThat(own.get(from)).as("%s, cell %d differs from its left", competency.name(), c)
                                .isNotEqualTo(own.get(from - 1));
                    }
                }
            }
            compared += own.size();
            above = texts;
        }
        assertThat(seen).as("chart 1 covers both main categories").hasSize(12);
        return compared;
    }

    /** Number of runs of equal neighbouring texts. */
    private static int runs(List<String> texts) {
        int runs = 1;
        for (int i = 1; i < texts.size(); i++) {
            runs += texts.get(i).equals(texts.get(i - 1)) ? 0 : 1;
        }
        return runs;
    }

    /**
     * Chart 2 (行政職給料表(2)): two columns, one text per cell; its competencies are exactly those with
     * a text for the 技能労務 tiers, and those tiers have no text for chart 1's other abilities.
     */
    static int chart2(SetupDocument preset, SeedText doc) {
        int first = doc.lineStartingWith("職位及び基本的役割", doc.lineStartingWith("※会計年度任用職員は", 0));
        List<String> header = doc.lines.get(first).lines().flatMap(l -> List.of(l.split("\t")).stream())
                .map(SeedText::norm).filter(s -> s.contains("【")).map(s -> s.substring(0, s.indexOf('【'))).toList();
        List<TierSpec> tiers = header.stream().map(n -> AtsugiSourceCheck.tierNamed(preset, n)).toList();
        assertThat(tiers).hasSize(2);
        // Chart 2 is the ladder of 行政職給料表(2) staff: both its positions belong to the GINO job category.
        assertThat(tiers).extracting(TierSpec::jobCategory).containsOnly("GINO");
        assertThat(preset.jobCategories()).anySatisfy(j -> assertThat(j.code()).isEqualTo("GINO"));
        int end = doc.lineStartingWith("※上位の職務", first);
        Set<String> rows = new HashSet<>();
        int compared = 0;
        for (List<String> cells : doc.tableRows(first + 2, end)) {
            CompetencySpec competency = competency(preset, cells.get(1));
            assertThat(competency).as("competency of chart row %s", cells).isNotNull();
            rows.add(competency.code());
            Map<String, String> texts = preset.competencyDescriptions().getOrDefault(competency.code(), Map.of());
            assertThat(texts.get(tiers.get(0).code())).as(competency.name()).isNotNull()
                    .isNotEqualTo(texts.get(tiers.get(1).code()));
            assertThat(texts.get(tiers.get(1).code())).as(competency.name()).isNotNull();
            compared += 2;
        }
        List<String> listed = AtsugiSourceCheck.ginoAbilities(doc);
        assertThat(rows).hasSize(7);
        assertThat(rows.stream().map(c -> name(preset, c))).containsAll(listed);
        Set<String> withGinoText = new HashSet<>();
        preset.competencyDescriptions().forEach((competency, texts) -> {
            if (tiers.stream().anyMatch(t -> texts.containsKey(t.code()))) {
                withGinoText.add(competency);
            }
        });
        assertThat(withGinoText).isEqualTo(rows);
        return compared;
    }

    private static String name(SetupDocument preset, String code) {
        return Presets.competencies(preset).filter(c -> c.code().equals(code)).findFirst().orElseThrow().name();
    }

    private static CompetencySpec competency(SetupDocument preset, String cell) {
        return AtsugiSourceCheck.competencyLabelled(preset, SeedText.norm(cell));
    }
}
