package org.kenshu.io.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kenshu.model.setup.SetupDocument;
import org.kenshu.model.setup.SetupDocument.JobCategorySpec;

/** 小千谷市: the 10 abilities and every item of every skill map. */
final class OjiyaSourceCheck {
    private static final Pattern CIRCLED = Pattern.compile("^[①-⑩](.+)$");
    private static final Pattern SECTION = Pattern.compile("^■.*スキルマップ.*【([^(【】]+)(\\(.*\\))?】$");
    private static final Pattern ITEM = Pattern.compile("^\\(([A-E])\\)(.*)$");

    /** One row of a skill map: job category name, position (titles joined with 「・」), item code and name. */
    record Item(String jobCategory, String position, String code, String name) {
    }

    private OjiyaSourceCheck() {
    }

    static void abilities(SetupDocument preset, SeedText doc) {
        List<String> names = new ArrayList<>();
        for (String line : doc.lines) {
            String[] cells = line.split("\t");
            Matcher m = CIRCLED.matcher(SeedText.norm(cells[0]));
            if (cells.length >= 2 && m.matches()) {
                names.add(m.group(1));
            }
        }
        assertThat(names).hasSize(10).containsExactlyElementsOf(
                Presets.competencies(preset).map(c -> SeedText.norm(c.name())).toList());
    }

    /** Parses every skill map: the legend names items A–E, each position row lists the items it has. */
    static List<Item> skillMaps(SeedText doc) {
        List<Item> items = new ArrayList<>();
        String jobCategory = null;
        Map<String, String> itemNames = new java.util.HashMap<>();
        String position = null;
        for (String line : doc.lines) {
            Matcher section = SECTION.matcher(SeedText.norm(line));
            if (section.matches()) {
                jobCategory = section.group(1);
                itemNames.clear();
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (jobCategory == null || cells.length < 2) {
                continue;
            }
            Matcher item = ITEM.matcher(SeedText.norm(cells[1]));
            if (!item.matches()) {
                continue;
            }
            if (!item.group(2).isEmpty()) {
                itemNames.put(item.group(1), item.group(2));
                continue;
            }
            if (!cells[0].isBlank()) {
                position = position(cells[0]);
            }
            items.add(new Item(jobCategory, position, item.group(1), itemNames.get(item.group(1))));
        }
        return items;
    }

    /** 「消防次長 課長 出張所長 (消防司令)」 → 「消防次長・課長・出張所長(消防司令)」. */
    static String position(String cell) {
        StringBuilder joined = new StringBuilder();
        for (String token : cell.strip().split("[\\s\\p{Z}]+")) {
            String t = SeedText.norm(token);
            if (!joined.isEmpty() && !t.startsWith("(")) {
                joined.append('・');
            }
            joined.append(t);
        }
        return joined.toString();
    }

    /** Compares the preset's skill items with the parsed maps, item by item; returns the number compared. */
    static int skillItems(SetupDocument preset, SeedText doc) {
        List<Item> expected = skillMaps(doc);
        Map<String, String> categoryName = preset.jobCategories().stream()
                .collect(Collectors.toMap(JobCategorySpec::code, JobCategorySpec::name));
        List<Item> actual = preset.skillItems().stream().map(s -> new Item(categoryName.get(s.jobCategory()),
                SeedText.norm(s.position()), s.code(), SeedText.norm(s.name()))).toList();
        assertThat(expected).doesNotHaveDuplicates().allSatisfy(i -> assertThat(i.name()).isNotNull());
        assertThat(actual).containsExactlyElementsOf(expected);
        return expected.size();
    }

    /** The tiers are the positions of the 一般職 maps, which the document lists from the top down. */
    static void tiers(SetupDocument preset, SeedText doc) {
        Set<String> seen = new HashSet<>();
        List<String> positions = skillMaps(doc).stream().filter(i -> i.jobCategory().equals("一般職"))
                .map(Item::position).filter(seen::add).toList();
        assertThat(Presets.tiersByRank(preset).stream().map(t -> SeedText.norm(t.name())).toList())
                .containsExactlyElementsOf(positions.reversed());
    }
}
