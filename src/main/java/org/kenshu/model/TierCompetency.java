package org.kenshu.model;

/** One cell of the tier × competency matrix: a level (may be null when only a description is kept) and text. */
public record TierCompetency(long id, long tierId, long competencyId, RequirementLevel level, String description,
        int version) implements Versioned {

    public static TierCompetency of(long tierId, long competencyId, RequirementLevel level) {
        return new TierCompetency(0, tierId, competencyId, level, null, 0);
    }
}
