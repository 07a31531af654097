package org.kenshu.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kenshu.model.CompetencyCategory;
import org.kenshu.model.RequirementLevel;
import org.kenshu.model.TierCompetency;
import org.kenshu.store.Repositories;

/** The city's competency model. */
public final class CompetencyService {
    private final Repositories repos;

    public CompetencyService(Repositories repos) {
        this.repos = repos;
    }

    public CompetencyMatrix matrix() {
        Map<Long, CompetencyCategory> categories = RosterService.byId(repos.competencyCategories.findAll(),
                CompetencyCategory::id);
        Map<Long, Map<Long, RequirementLevel>> levels = new HashMap<>();
        for (TierCompetency tc : repos.tierCompetencies.findAll()) {
            if (tc.level() != null) {
                levels.computeIfAbsent(tc.competencyId(), k -> new HashMap<>()).put(tc.tierId(), tc.level());
            }
        }
        List<CompetencyMatrix.Row> rows = repos.competencies.findAll().stream()
                .map(c -> new CompetencyMatrix.Row(c,
                        c.categoryId() == null ? "" : categories.get(c.categoryId()).name(),
                        Map.copyOf(levels.getOrDefault(c.id(), Map.of()))))
                .toList();
        return new CompetencyMatrix(repos.tiers.findAll(), rows);
    }
}
