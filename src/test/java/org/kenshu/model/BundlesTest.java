package org.kenshu.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Japanese and English bundles say the same things. Branches append to them and git merges them line
 * by line, so a key can arrive twice — and then the last one silently wins, whatever its placeholders.
 */
class BundlesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");

    @ParameterizedTest
    @ValueSource(strings = {"messages", "cli"})
    void noKeyTwiceTheSameKeysInBothLanguagesAndTheSamePlaceholders(String bundle) throws IOException {
        Map<String, String> ja = read(bundle + "_ja.properties");
        Map<String, String> en = read(bundle + "_en.properties");

        assertThat(ja.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
        for (String key : ja.keySet()) {
            assertThat(placeholders(en.get(key))).as(key).isEqualTo(placeholders(ja.get(key)));
        }
    }

    /** Key → value, failing on a key defined twice (continuation lines are not used in these files). */
    private static Map<String, String> read(String name) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/org/kenshu/" + name)) {
            assertThat(in).as(name).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                int eq = l.indexOf('=');
                if (l.isEmpty() || l.startsWith("#") || eq < 0) {
                    continue;
                }
                String key = l.substring(0, eq).strip();
                assertThat(entries.put(key, l.substring(eq + 1))).as(name + ": " + key + " twice").isNull();
            }
        }
        return entries;
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
