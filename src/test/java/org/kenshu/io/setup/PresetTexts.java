package org.kenshu.io.setup;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kenshu.model.setup.SetupDocument;

/** The names (facts, may be verbatim) and the free texts (own words only) of a preset. */
final class PresetTexts {
    private PresetTexts() {
    }

    static List<String> names(SetupDocument doc) {
        List<String> names = new ArrayList<>();
        doc.tiers().forEach(t -> {
            names.add(t.name());
            if (t.aliases() != null) {
                names.addAll(t.aliases());
            }
        });
        doc.jobCategories().forEach(j -> names.add(j.name()));
        doc.competencyCategories().forEach(c -> names.add(c.name()));
        Presets.competencies(doc).forEach(c -> names.add(c.name()));
        doc.skillItems().forEach(s -> names.addAll(List.of(s.position(), s.name())));
        doc.courseTypes().forEach(t -> names.add(t.name()));
        doc.providers().forEach(p -> names.add(p.name()));
        doc.designationRoles().forEach(r -> names.add(r.name()));
        doc.courses().forEach(c -> names.add(c.name()));
        doc.goals().forEach(g -> names.add(g.name()));
        doc.pillars().forEach(p -> {
            names.add(p.name());
            p.directions().forEach(d -> names.add(d.name()));
        });
        Presets.initiatives(doc).forEach(i -> names.add(i.name()));
        return names;
    }

    static List<String> freeTexts(SetupDocument doc) {
        List<String> texts = new ArrayList<>();
        doc.tiers().forEach(t -> texts.add(t.description()));
        doc.jobCategories().forEach(j -> texts.add(j.description()));
        doc.competencyCategories().forEach(c -> texts.add(c.description()));
        Presets.competencies(doc).forEach(c -> texts.add(c.description()));
        doc.competencyDescriptions().values().forEach(row -> texts.addAll(row.values()));
        doc.skillItems().forEach(s -> texts.add(s.description()));
        doc.providers().forEach(p -> texts.add(p.note()));
        doc.courses().forEach(c -> texts.add(c.description()));
        doc.goals().forEach(g -> texts.add(g.description()));
        Presets.initiatives(doc).forEach(i -> {
            texts.add(i.description());
            i.years().values().forEach(y -> {
                texts.add(y.plan());
                texts.add(y.result());
            });
        });
        return texts.stream().filter(Objects::nonNull).toList();
    }
}
