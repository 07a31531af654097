package org.kenshu.io.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kenshu.model.setup.SetupDocument;
import org.kenshu.model.setup.SetupDocument.TierSpec;

/** 入間市: the 17 × 7 ◎/○ matrix cell by cell, the competency list and the tier table. */
final class IrumaSourceCheck {
    private IrumaSourceCheck() {
    }

    /** Compares every (competency, tier) cell with the tab-separated table; returns the number compared. */
    static int matrixCells(SetupDocument preset, SeedText doc) {
        int header = doc.lineStartingWith("各階層で特に", 0);
        List<String> headerCells = List.of(doc.lines.get(header).split("\t", -1));
        Map<String, Integer> columnOfTier = columnsOfTiers(preset, headerCells);
        Map<String, String> codeByName = Presets.competencyCodeByName(preset);
        List<String> rowsSeen = new ArrayList<>();
        int compared = 0;
        for (int i = header + 1; i < doc.lines.size() && doc.lines.get(i).contains("\t"); i++) {
            String[] cells = doc.lines.get(i).split("\t", -1);
            assertThat(cells).as("line %d", i + 1).hasSameSizeAs(headerCells.toArray());
            String name = SeedText.norm(cells[0]);
            String code = codeByName.get(name);
            assertThat(code).as("competency of the matrix row %s", name).isNotNull();
            rowsSeen.add(name);
            Map<String, String> row = preset.matrix().getOrDefault(code, Map.of());
            for (TierSpec tier : preset.tiers()) {
                String expected = cells[columnOfTier.get(tier.code())].strip();
                assertThat(row.getOrDefault(tier.code(), "")).as("%s × %s", name, tier.name()).isEqualTo(expected);
                compared++;
            }
        }
        assertThat(rowsSeen).containsExactlyInAnyOrderElementsOf(codeByName.keySet());
        return compared;
    }

    /** A header cell is one tier's name, or 「・」-joined names of several tiers (部長級・次長級). */
    private static Map<String, Integer> columnsOfTiers(SetupDocument preset, List<String> headerCells) {
        Map<String, String> codeByName = new HashMap<>();
        preset.tiers().forEach(t -> codeByName.put(SeedText.norm(t.name()), t.code()));
        Map<String, Integer> columns = new HashMap<>();
        for (int col = 1; col < headerCells.size(); col++) {
            String cell = SeedText.norm(headerCells.get(col));
            List<String> names = codeByName.containsKey(cell) ? List.of(cell) : Arrays.asList(cell.split("・"));
            for (String name : names) {
                assertThat(codeByName).as("tier of the column %s", cell).containsKey(name);
                assertThat(columns.put(codeByName.get(name), col)).as("tier %s in two columns", name).isNull();
            }
        }
        assertThat(columns.keySet()).as("every tier has a column").containsExactlyInAnyOrderElementsOf(
                codeByName.values());
        return columns;
    }

    /** The document's list of abilities (区分 | 説明) names the preset's competencies, in order. */
    static void competencyList(SetupDocument preset, SeedText doc) {
        int from = doc.lineStartingWith("区分\t説明", 0);
        int to = doc.lineStartingWith("(2)各階層において", from);
        List<String> names = doc.tableRows(from + 1, to).stream().map(r -> SeedText.norm(r.getFirst())).toList();
        assertThat(names).hasSize(17).containsExactlyElementsOf(
                Presets.competencies(preset).map(c -> SeedText.norm(c.name())).toList());
    }

    /** The table of 職務行動 lists the tiers from 部長級 down; the preset ranks them from the bottom. */
    static void tierTable(SetupDocument preset, SeedText doc) {
        int from = doc.lineStartingWith("職階\t", 0);
        int to = doc.lineStartingWith("※専門職員", from);
        List<String> names = new ArrayList<>(doc.tableRows(from + 1, to).stream()
                .map(r -> SeedText.norm(r.getFirst())).filter(s -> !s.isEmpty()).toList());
        assertThat(names).hasSize(7);
        List<String> byRank = Presets.tiersByRank(preset).stream().map(t -> SeedText.norm(t.name())).toList();
        assertThat(names.reversed()).containsExactlyElementsOf(byRank);
    }
}
