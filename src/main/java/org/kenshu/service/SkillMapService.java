package org.kenshu.service;

import java.util.List;
import java.util.Objects;
import org.kenshu.model.SkillItem;
import org.kenshu.store.Database;
import org.kenshu.store.Repositories;

/** Skill maps (小千谷市): items A–E per job category and position, each with what it expects. */
public final class SkillMapService {
    private final Database db;
    private final Repositories repos;
    private final Edits<SkillItem> edits;

    public SkillMapService(Database db, Repositories repos) {
        this.db = db;
        this.repos = repos;
        this.edits = new Edits<>(repos.skillItems, repos.audit, "skill_item", SkillMapService::withVersion,
                s -> s.positionGroup() + " " + s.itemCode());
    }

    public List<SkillItem> items() {
        return repos.skillItems.findAll();
    }

    public SkillItem add(SkillItem item) {
        return db.inTransaction(() -> {
            List<SkillItem> all = repos.skillItems.findAll();
            SkillItem clean = cleaned(item, all.stream().mapToInt(SkillItem::sortOrder).max().orElse(0) + 1);
            check(clean, all);
            return edits.insert(clean);
        });
    }

    public SkillItem update(SkillItem item) {
        return db.inTransaction(() -> {
            SkillItem clean = cleaned(item, item.sortOrder());
            check(clean, repos.skillItems.findAll());
            return edits.update(clean);
        });
    }

    public void delete(SkillItem item) {
        db.inTransaction(() -> edits.delete(item));
    }

    public SkillItem revert(SkillItem saved, SkillItem before) {
        return db.inTransaction(() -> edits.revert(saved, before));
    }

    public void remove(SkillItem saved) {
        db.inTransaction(() -> edits.remove(saved));
    }

    public SkillItem restore(SkillItem deleted) {
        return db.inTransaction(() -> edits.insert(new SkillItem(0, deleted.jobCategoryId(), deleted.positionGroup(),
                deleted.itemCode(), deleted.itemName(), deleted.description(), deleted.sortOrder(), 0)));
    }

    private static void check(SkillItem s, List<SkillItem> all) {
        Names.require(s.positionGroup(), "skillItem.positionRequired");
        Names.require(s.itemCode(), "skillItem.codeRequired");
        Names.require(s.itemName(), "skillItem.nameRequired");
        boolean taken = all.stream().anyMatch(o -> o.id() != s.id() && Objects.equals(o.jobCategoryId(),
                s.jobCategoryId()) && o.positionGroup().equals(s.positionGroup()) && o.itemCode().equals(s.itemCode()));
        if (taken) {
            throw new EditRefusedException("skillItem.codeTaken", s.itemCode(), s.positionGroup());
        }
    }

    private static SkillItem cleaned(SkillItem s, int order) {
        return new SkillItem(s.id(), s.jobCategoryId(), Names.blankToNull(s.positionGroup()),
                Names.blankToNull(s.itemCode()), Names.blankToNull(s.itemName()), Names.blankToNull(s.description()),
                order, s.version());
    }

    static SkillItem withVersion(SkillItem s, int version) {
        return new SkillItem(s.id(), s.jobCategoryId(), s.positionGroup(), s.itemCode(), s.itemName(),
                s.description(), s.sortOrder(), version);
    }
}
