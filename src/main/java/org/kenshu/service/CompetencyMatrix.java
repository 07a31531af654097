package org.kenshu.service;

import java.util.List;
import java.util.Map;
import org.kenshu.model.Competency;
import org.kenshu.model.RequirementLevel;
import org.kenshu.model.Tier;

/** The tier × competency grid: tiers as columns (junior first), one row per competency. */
public record CompetencyMatrix(List<Tier> tiers, List<Row> rows) {

    /** A competency with its category name and the ◎/○ level per tier id (absent = blank). */
    public record Row(Competency competency, String category, Map<Long, RequirementLevel> levels) {
        public RequirementLevel level(Tier tier) {
            return levels.get(tier.id());
        }
    }
}
