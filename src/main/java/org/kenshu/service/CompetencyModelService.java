package org.kenshu.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kenshu.model.Competency;
import org.kenshu.model.CompetencyCategory;
import org.kenshu.store.Database;
import org.kenshu.store.Repositories;

/** Edits of the competency categories and competencies (能力の区分・能力): add, rename, move, reorder. */
public final class CompetencyModelService {
    private final Database db;
    private final Repositories repos;
    private final Edits<CompetencyCategory> categories;
    private final Edits<Competency> competencies;

    public CompetencyModelService(Database db, Repositories repos) {
        this.db = db;
        this.repos = repos;
        this.categories = new Edits<>(repos.competencyCategories, repos.audit, "competency_category",
                CompetencyModelService::withVersion, CompetencyCategory::code);
        this.competencies = new Edits<>(repos.competencies, repos.audit, "competency",
                CompetencyModelService::withVersion, Competency::code);
    }

    public CompetencyCategory addCategory(CompetencyCategory c) {
        return db.inTransaction(() -> {
            List<CompetencyCategory> all = repos.competencyCategories.findAll();
            String code = Names.codeOrNext(c.code(), "CAT", all, CompetencyCategory::code);
            int order = all.stream().mapToInt(CompetencyCategory::sortOrder).max().orElse(0) + 1;
            var wanted = new CompetencyCategory(0, code, c.name(), Names.blankToNull(c.description()), order, 0);
            check(wanted, all);
            return categories.insert(new CompetencyCategory(0, code, c.name().strip(), wanted.description(), order, 0));
        });
    }

    public CompetencyCategory updateCategory(CompetencyCategory c) {
        return db.inTransaction(() -> {
            check(c, repos.competencyCategories.findAll());
            return categories.update(new CompetencyCategory(c.id(), c.code().strip(), c.name().strip(),
                    Names.blankToNull(c.description()), c.sortOrder(), c.version()));
        });
    }

    public CompetencyCategory revertCategory(CompetencyCategory saved, CompetencyCategory before) {
        return db.inTransaction(() -> categories.revert(saved, before));
    }

    /** Undo of an add: only while no competency belongs to the category. */
    public void removeCategory(CompetencyCategory saved) {
        db.inTransaction(() -> {
            if (repos.competencies.findAll().stream().anyMatch(c -> Objects.equals(c.categoryId(), saved.id()))) {
                throw new EditRefusedException("competency.categoryNotEmpty", saved.name());
            }
            categories.remove(saved);
        });
    }

    /** A new competency at the end of its category. */
    public Competency addCompetency(Competency c) {
        return db.inTransaction(() -> {
            List<Competency> all = repos.competencies.findAll();
            String code = Names.codeOrNext(c.code(), "COMP", all, Competency::code);
            int order = all.stream().mapToInt(Competency::sortOrder).max().orElse(0) + 1;
            var wanted = new Competency(0, c.categoryId(), code, c.name(), Names.blankToNull(c.description()), order, 0);
            check(wanted, all);
            return competencies.insert(new Competency(0, c.categoryId(), code, c.name().strip(), wanted.description(),
                    order, 0));
        });
    }

    /** Name, code, description, or another category. */
    public Competency updateCompetency(Competency c) {
        return db.inTransaction(() -> {
            check(c, repos.competencies.findAll());
            return competencies.update(new Competency(c.id(), c.categoryId(), c.code().strip(), c.name().strip(),
                    Names.blankToNull(c.description()), c.sortOrder(), c.version()));
        });
    }

    public Competency revertCompetency(Competency saved, Competency before) {
        return db.inTransaction(() -> competencies.revert(saved, before));
    }

    /** Undo of an add: only while no cell of the grid and no course refers to it. */
    public void removeCompetency(Competency saved) {
        db.inTransaction(() -> {
            boolean used = repos.tierCompetencies.findAll().stream().anyMatch(t -> t.competencyId() == saved.id())
                    || repos.courses.findAll().stream().anyMatch(c -> c.competencyIds().contains(saved.id()));
            if (used) {
                throw new EditRefusedException("competency.inUse", saved.name());
            }
            competencies.remove(saved);
        });
    }

    /** The categories in the order listed. */
    public List<CompetencyCategory> reorderCategories(List<CompetencyCategory> inOrder) {
        return db.inTransaction(() -> {
            List<CompetencyCategory> saved = new ArrayList<>();
            for (int i = 0; i < inOrder.size(); i++) {
                CompetencyCategory c = inOrder.get(i);
                saved.add(categories.update(new CompetencyCategory(c.id(), c.code(), c.name(), c.description(), i + 1,
                        c.version())));
            }
            return saved;
        });
    }

    /**
     * The competencies listed (usually one category's) take the places their sort orders held, in
     * the new order: the order of other competencies is untouched.
     */
    public List<Competency> reorderCompetencies(List<Competency> inOrder) {
        return db.inTransaction(() -> {
            List<Integer> slots = inOrder.stream().map(Competency::sortOrder).sorted().toList();
            List<Competency> saved = new ArrayList<>();
            for (int i = 0; i < inOrder.size(); i++) {
                Competency c = inOrder.get(i);
                saved.add(competencies.update(new Competency(c.id(), c.categoryId(), c.code(), c.name(),
                        c.description(), slots.get(i), c.version())));
            }
            return saved;
        });
    }

    /** Undo of a reorder: each row back to its former sort order, if unchanged since. */
    public void revertCategoryOrder(List<CompetencyCategory> saved, List<CompetencyCategory> before) {
        db.inTransaction(() -> {
            for (CompetencyCategory s : saved) {
                CompetencyCategory stored = categories.unchanged(s);
                int order = before.stream().filter(b -> b.id() == s.id()).findFirst().orElse(s).sortOrder();
                categories.update(new CompetencyCategory(stored.id(), stored.code(), stored.name(),
                        stored.description(), order, stored.version()));
            }
        });
    }

    public void revertCompetencyOrder(List<Competency> saved, List<Competency> before) {
        db.inTransaction(() -> {
            for (Competency s : saved) {
                Competency stored = competencies.unchanged(s);
                int order = before.stream().filter(b -> b.id() == s.id()).findFirst().orElse(s).sortOrder();
                competencies.update(new Competency(stored.id(), stored.categoryId(), stored.code(), stored.name(),
                        stored.description(), order, stored.version()));
            }
        });
    }

    private static void check(CompetencyCategory c, List<CompetencyCategory> all) {
        Names.require(c.name(), "competency.categoryNameRequired");
        Names.require(c.code(), "competency.codeRequired");
        Names.unique(all, c.id(), CompetencyCategory::id, CompetencyCategory::code, c.code(), "competency.codeTaken");
        Names.unique(all, c.id(), CompetencyCategory::id, CompetencyCategory::name, c.name(),
                "competency.categoryNameTaken");
    }

    private static void check(Competency c, List<Competency> all) {
        Names.require(c.name(), "competency.nameRequired");
        Names.require(c.code(), "competency.codeRequired");
        Names.unique(all, c.id(), Competency::id, Competency::code, c.code(), "competency.codeTaken");
        boolean sameName = all.stream().anyMatch(o -> o.id() != c.id() && Objects.equals(o.categoryId(),
                c.categoryId()) && o.name().equals(c.name().strip()));
        if (sameName) {
            throw new EditRefusedException("competency.nameTaken", c.name().strip());
        }
    }

    static CompetencyCategory withVersion(CompetencyCategory c, int version) {
        return new CompetencyCategory(c.id(), c.code(), c.name(), c.description(), c.sortOrder(), version);
    }

    static Competency withVersion(Competency c, int version) {
        return new Competency(c.id(), c.categoryId(), c.code(), c.name(), c.description(), c.sortOrder(), version);
    }
}
