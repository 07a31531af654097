package org.kenshu.service.plan;

import java.util.List;
import java.util.Map;
import org.kenshu.model.RequirementLevel;
import org.kenshu.model.Tier;

/**
 * Competency coverage of a year's plan: for each competency and tier, the ◎/○ level the model asks for
 * and the planned courses for that tier that develop it. A ◎ with no course is a gap.
 */
public record Coverage(int fiscalYear, List<Tier> tiers, List<Row> rows) {

    public record Row(long competencyId, String category, String competency, Map<Long, Cell> cells) {
        public Cell cell(Tier tier) {
            return cells.getOrDefault(tier.id(), Cell.EMPTY);
        }
    }

    /** {@code level} null when the model asks nothing of the tier; {@code courses} the covering course names. */
    public record Cell(RequirementLevel level, List<String> courses) {
        static final Cell EMPTY = new Cell(null, List.of());

        public Cell {
            courses = List.copyOf(courses);
        }

        public boolean covered() {
            return !courses.isEmpty();
        }

        public boolean gap() {
            return level == RequirementLevel.ESSENTIAL && !covered();
        }
    }

    /** Uncovered ◎ competencies of a tier. */
    public long gaps(Tier tier) {
        return rows.stream().filter(r -> r.cell(tier).gap()).count();
    }
}
