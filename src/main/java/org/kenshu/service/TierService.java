package org.kenshu.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kenshu.model.Assignment;
import org.kenshu.model.Tier;
import org.kenshu.store.Database;
import org.kenshu.store.Repositories;

/**
 * Edits of the tier ladder (職層): add at the end, rename, reorder, retire and restore. Each edit is
 * one transaction, checked against the row's version and written to the audit log.
 */
public final class TierService {
    private final Database db;
    private final Repositories repos;
    private final Clock clock;
    private final Edits<Tier> edits;

    public TierService(Database db, Repositories repos, Clock clock) {
        this.db = db;
        this.repos = repos;
        this.clock = clock;
        this.edits = new Edits<>(repos.tiers, repos.audit, "tier", TierService::withVersion, Tier::code);
    }

    public List<Tier> tiers() {
        return repos.tiers.findAll();
    }

    /** A new tier above every other (the highest rank); reordering moves it. */
    public Tier add(Tier tier) {
        return db.inTransaction(() -> {
            List<Tier> all = repos.tiers.findAll();
            String code = Names.codeOrNext(tier.code(), "TIER", all, Tier::code);
            check(withCode(tier, code), all);
            int rank = all.stream().mapToInt(Tier::rank).max().orElse(0) + 1;
            return edits.insert(new Tier(0, code, tier.name().strip(), rank,
                    Names.blankToNull(tier.salaryGrades()), Names.blankToNull(tier.description()), false,
                    tier.jobCategoryId(), 0));
        });
    }

    /** Name, code, salary grades, description; the rank changes only by {@link #reorder}. */
    public Tier update(Tier tier) {
        return db.inTransaction(() -> {
            check(tier, repos.tiers.findAll());
            return edits.update(new Tier(tier.id(), tier.code().strip(), tier.name().strip(), tier.rank(),
                    Names.blankToNull(tier.salaryGrades()), Names.blankToNull(tier.description()), tier.retired(),
                    tier.jobCategoryId(), tier.version()));
        });
    }

    /** Ranks 1, 2, 3 … in the order listed; every tier is checked against its version. */
    public List<Tier> reorder(List<Tier> inOrder) {
        return db.inTransaction(() -> {
            List<Tier> saved = new ArrayList<>();
            for (int i = 0; i < inOrder.size(); i++) {
                saved.add(edits.update(withRank(inOrder.get(i), i + 1)));
            }
            return saved;
        });
    }

    /** Undo of a reorder: the ranks before it, if the tiers still hold what the reorder saved. */
    public List<Tier> revertOrder(List<Tier> saved, List<Tier> before) {
        return db.inTransaction(() -> {
            List<Tier> restored = new ArrayList<>();
            for (Tier s : saved) {
                Tier stored = edits.unchanged(s);
                int rank = before.stream().filter(b -> b.id() == s.id()).mapToInt(Tier::rank).findFirst()
                        .orElse(s.rank());
                restored.add(edits.update(withRank(stored, rank)));
            }
            return restored;
        });
    }

    /** Retires a tier that no staff member holds any more (today or from a later date); refused otherwise. */
    public Tier retire(Tier tier) {
        return db.inTransaction(() -> {
            long using = staffUsing(tier.id());
            if (using > 0) {
                throw new EditRefusedException("tier.inUse", tier.name(), using);
            }
            return edits.update(withRetired(tier, true));
        });
    }

    public Tier restore(Tier tier) {
        return db.inTransaction(() -> edits.update(withRetired(tier, false)));
    }

    public Tier revert(Tier saved, Tier before) {
        return db.inTransaction(() -> edits.revert(saved, before));
    }

    /** Undo of an add: removes the tier if nobody has been given it since. */
    public void remove(Tier saved) {
        db.inTransaction(() -> {
            if (!repos.assignments.findByTier(saved.id()).isEmpty()) {
                throw new EditRefusedException("tier.cannotRemove", saved.name());
            }
            edits.remove(saved);
        });
    }

    /** Staff whose assignment in force today, or from a later date, has this tier. */
    public long staffUsing(long tierId) {
        List<Assignment> inForce = InForce.on(repos.assignments.findAll(), repos.staff.findAll(), LocalDate.now(clock));
        return InForce.staffUsing(inForce, Assignment::tierId, tierId);
    }

    private static void check(Tier t, List<Tier> all) {
        Names.require(t.name(), "tier.nameRequired");
        Names.require(t.code(), "tier.codeRequired");
        Names.unique(all, t.id(), Tier::id, Tier::name, t.name(), "tier.nameTaken");
        Names.unique(all, t.id(), Tier::id, Tier::code, t.code(), "tier.codeTaken");
    }

    static Tier withVersion(Tier t, int version) {
        return new Tier(t.id(), t.code(), t.name(), t.rank(), t.salaryGrades(), t.description(), t.retired(),
                t.jobCategoryId(), version);
    }

    private static Tier withCode(Tier t, String code) {
        return new Tier(t.id(), code, t.name(), t.rank(), t.salaryGrades(), t.description(), t.retired(),
                t.jobCategoryId(), t.version());
    }

    private static Tier withRank(Tier t, int rank) {
        return new Tier(t.id(), t.code(), t.name(), rank, t.salaryGrades(), t.description(), t.retired(),
                t.jobCategoryId(), t.version());
    }

    private static Tier withRetired(Tier t, boolean retired) {
        return new Tier(t.id(), t.code(), t.name(), t.rank(), t.salaryGrades(), t.description(), retired,
                t.jobCategoryId(), t.version());
    }
}
