package org.kenshu.service;

import java.util.List;
import java.util.Map;
import org.kenshu.model.Competency;
import org.kenshu.model.CompetencyCategory;
import org.kenshu.model.RequirementLevel;
import org.kenshu.model.Tier;
import org.kenshu.model.TierCompetency;

/**
 * The tier × competency grid as the editor needs it: tiers in force (junior first), categories in
 * order, and one row per competency grouped by category, with the stored cell (id, version, ◎/○,
 * text) per tier id — a blank cell has no row.
 */
public record CompetencyGrid(List<Tier> tiers, List<CompetencyCategory> categories, List<Row> rows) {

    public record Row(Competency competency, String category, Map<Long, TierCompetency> cells) {
        public TierCompetency cell(long tierId) {
            return cells.get(tierId);
        }

        public RequirementLevel level(long tierId) {
            TierCompetency c = cells.get(tierId);
            return c == null ? null : c.level();
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty() && categories.isEmpty();
    }
}
