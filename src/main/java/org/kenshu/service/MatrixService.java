package org.kenshu.service;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kenshu.model.Competency;
import org.kenshu.model.CompetencyCategory;
import org.kenshu.model.RequirementLevel;
import org.kenshu.model.StaleEditException;
import org.kenshu.model.Tier;
import org.kenshu.model.TierCompetency;
import org.kenshu.store.Database;
import org.kenshu.store.Repositories;

/**
 * The cells of the tier × competency grid: ◎/○ and the text a tier is expected to show. A cell
 * left with neither has no row, so "blank" is one state whichever way it was reached.
 */
public final class MatrixService {
    private final Database db;
    private final Repositories repos;

    public MatrixService(Database db, Repositories repos) {
        this.db = db;
        this.repos = repos;
    }

    /** Tiers in force (retired ones are left out), competencies grouped by category in order. */
    public CompetencyGrid grid() {
        List<Tier> tiers = repos.tiers.findAll().stream().filter(t -> !t.retired()).toList();
        List<CompetencyCategory> categories = repos.competencyCategories.findAll();
        Map<Long, CompetencyCategory> byId = RosterService.byId(categories, CompetencyCategory::id);
        Map<Long, Map<Long, TierCompetency>> cells = new HashMap<>();
        for (TierCompetency tc : repos.tierCompetencies.findAll()) {
            cells.computeIfAbsent(tc.competencyId(), k -> new HashMap<>()).put(tc.tierId(), tc);
        }
        Comparator<Competency> order = Comparator.comparingInt((Competency c) -> c.categoryId() == null
                ? Integer.MAX_VALUE : byId.get(c.categoryId()).sortOrder())
                .thenComparingInt(Competency::sortOrder).thenComparingLong(Competency::id);
        List<CompetencyGrid.Row> rows = repos.competencies.findAll().stream().sorted(order)
                .map(c -> new CompetencyGrid.Row(c, c.categoryId() == null ? "" : byId.get(c.categoryId()).name(),
                        Map.copyOf(cells.getOrDefault(c.id(), Map.of()))))
                .toList();
        return new CompetencyGrid(tiers, categories, rows);
    }

    /**
     * Writes a cell the officer saw as {@code expected} (null: blank). Returns the stored cell, or
     * null when it is now blank; a cell changed elsewhere meanwhile raises {@link StaleEditException}.
     */
    public TierCompetency save(long tierId, long competencyId, TierCompetency expected, RequirementLevel level,
            String description) {
        return db.inTransaction(() -> {
            TierCompetency stored = repos.tierCompetencies.find(tierId, competencyId).orElse(null);
            boolean same = stored == null ? expected == null
                    : expected != null && stored.id() == expected.id() && stored.version() == expected.version();
            if (!same) {
                throw new StaleEditException("tier_competency", stored == null ? expected.id() : stored.id(), stored);
            }
            return write(tierId, competencyId, stored, level, description);
        });
    }

    /** Undo: puts {@code before} back if the cell still holds what {@code saved} holds (null: blank). */
    public TierCompetency revert(long tierId, long competencyId, TierCompetency saved, TierCompetency before) {
        return db.inTransaction(() -> {
            TierCompetency stored = repos.tierCompetencies.find(tierId, competencyId).orElse(null);
            if (!sameContent(stored, saved)) {
                throw new StaleEditException("tier_competency", stored == null ? 0 : stored.id(), stored);
            }
            return write(tierId, competencyId, stored, before == null ? null : before.level(),
                    before == null ? null : before.description());
        });
    }

    private TierCompetency write(long tierId, long competencyId, TierCompetency stored, RequirementLevel level,
            String description) {
        String text = Names.blankToNull(description);
        String summary = "tier " + tierId + " × competency " + competencyId + ": " + (level == null ? "-" : level.mark());
        if (level == null && text == null) {
            if (stored != null) {
                repos.tierCompetencies.delete(stored);
                repos.audit.record("DELETE", "tier_competency", stored.id(), summary);
            }
            return null;
        }
        TierCompetency saved = stored == null
                ? repos.tierCompetencies.insert(new TierCompetency(0, tierId, competencyId, level, text, 0))
                : repos.tierCompetencies.update(new TierCompetency(stored.id(), tierId, competencyId, level, text,
                        stored.version()));
        repos.audit.record(stored == null ? "INSERT" : "UPDATE", "tier_competency", saved.id(), summary);
        return saved;
    }

    private static boolean sameContent(TierCompetency a, TierCompetency b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.level() == b.level() && Objects.equals(a.description(), b.description());
    }
}
