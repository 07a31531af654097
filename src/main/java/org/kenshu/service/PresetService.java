package org.kenshu.service;

import java.util.ArrayList;
import java.util.List;
import org.kenshu.io.setup.SetupDocumentReader;
import org.kenshu.model.I18n;
import org.kenshu.model.setup.SetupDocument;

/**
 * The built-in city presets (data files under {@code org/kenshu/presets/}): each source city's
 * tiers, competency model, kinds of training and goals, and an empty start.
 */
public final class PresetService {
    /** The presets, in the order they are offered. */
    public static final List<String> IDS = List.of("iruma", "shibetsu", "ojiya", "atsugi", "kiyose", "empty");

    private final SetupService setup;
    /** Made on first use: it loads the YAML parser, which commands that apply no preset do not need. */
    private SetupDocumentReader reader;

    public PresetService(SetupService setup) {
        this.setup = setup;
    }

    /** A preset with the name it is offered under. */
    public record Preset(String id, String label) {
    }

    /** The presets bundled with this build. */
    public List<Preset> presets() {
        List<Preset> presets = new ArrayList<>();
        for (String id : IDS) {
            if (PresetService.class.getResource("/org/kenshu/presets/" + id + ".yaml") != null) {
                presets.add(new Preset(id, I18n.t("preset." + id)));
            }
        }
        return presets;
    }

    /** Sets up an empty database from preset {@code id}; {@code orgName} (may be null) renames the city. */
    public void apply(String id, String orgName) {
        if (!IDS.contains(id)) {
            throw new SetupException("setup.unknownPreset", id, String.join("|", IDS));
        }
        if (setup.hasStaff()) {
            throw new SetupException("setup.notEmpty");
        }
        if (reader == null) {
            reader = new SetupDocumentReader();
        }
        SetupDocument doc = reader.readPreset(id);
        if (orgName != null && !orgName.isBlank()) {
            var o = doc.organisation();
            doc = new SetupDocument(new SetupDocument.OrganisationSpec(orgName,
                    o == null ? null : o.eraDisplay(), o == null ? null : o.fiscalYearStartMonth()),
                    doc.source(), doc.tiers(), doc.jobCategories(), doc.competencyCategories(), doc.matrix(),
                    doc.competencyDescriptions(), doc.skillItems(), doc.courseTypes(), doc.providers(),
                    doc.designationRoles(), doc.courses(), doc.goals(), doc.pillars());
        }
        setup.apply(doc, id);
    }
}
