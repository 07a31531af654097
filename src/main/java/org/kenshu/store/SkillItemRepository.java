package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.SKILL_ITEM;

import org.jooq.DSLContext;
import org.jooq.SortField;
import org.kenshu.model.SkillItem;
import org.kenshu.store.jooq.tables.records.SkillItemRecord;

public final class SkillItemRepository extends EditableRepository<SkillItemRecord, SkillItem> {
    public SkillItemRepository(DSLContext dsl) {
        super(dsl, SKILL_ITEM, SKILL_ITEM.ID, SKILL_ITEM.VERSION);
    }

    @Override
    protected SkillItem toModel(SkillItemRecord r) {
        return new SkillItem(r.getId(), r.getJobCategoryId(), r.getPositionGroup(), r.getItemCode(), r.getItemName(),
                r.getDescription(), r.getSortOrder(), r.getVersion());
    }

    @Override
    protected void fill(SkillItemRecord r, SkillItem s) {
        r.setJobCategoryId(s.jobCategoryId());
        r.setPositionGroup(s.positionGroup());
        r.setItemCode(s.itemCode());
        r.setItemName(s.itemName());
        r.setDescription(s.description());
        r.setSortOrder(s.sortOrder());
    }

    @Override
    protected SortField<?>[] order() {
        return new SortField<?>[] {SKILL_ITEM.SORT_ORDER.asc(), SKILL_ITEM.ID.asc()};
    }
}
