package org.kenshu.io.setup;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kenshu.model.setup.SetupDocument;
import org.kenshu.model.setup.SetupDocument.CompetencySpec;
import org.kenshu.model.setup.SetupDocument.InitiativeSpec;
import org.kenshu.model.setup.SetupDocument.TierSpec;

/** The bundled presets and small look-ups over a {@link SetupDocument} that the preset tests share. */
final class Presets {
    static final List<String> ALL = List.of("iruma", "shibetsu", "ojiya", "atsugi", "kiyose", "empty");
    static final List<String> CITIES = ALL.subList(0, 5);
    private static final SetupDocumentReader READER = new SetupDocumentReader();

    private Presets() {
    }

    static SetupDocument read(String name) {
        return READER.readPreset(name);
    }

    static Stream<CompetencySpec> competencies(SetupDocument doc) {
        return doc.competencyCategories().stream().flatMap(c -> c.competencies().stream());
    }

    static Set<String> competencyCodes(SetupDocument doc) {
        return competencies(doc).map(CompetencySpec::code).collect(Collectors.toSet());
    }

    static Set<String> tierCodes(SetupDocument doc) {
        return doc.tiers().stream().map(TierSpec::code).collect(Collectors.toSet());
    }

    /** Tiers in rank order (rank 1, the most junior, first). */
    static List<TierSpec> tiersByRank(SetupDocument doc) {
        return doc.tiers().stream().sorted((a, b) -> Integer.compare(a.rank(), b.rank())).toList();
    }

    static Map<String, String> competencyCodeByName(SetupDocument doc) {
        return competencies(doc).collect(Collectors.toMap(c -> SeedText.norm(c.name()), CompetencySpec::code));
    }

    static Stream<InitiativeSpec> initiatives(SetupDocument doc) {
        return doc.pillars().stream().flatMap(p -> p.directions().stream()).flatMap(d -> d.initiatives().stream());
    }
}
