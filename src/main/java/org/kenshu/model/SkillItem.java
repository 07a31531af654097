package org.kenshu.model;

/** A skill-map item (小千谷市): A 業務, B 政策, C コミュニケーション … for a job category and position group. */
public record SkillItem(long id, Long jobCategoryId, String positionGroup, String itemCode, String itemName,
        String description, int sortOrder, int version) implements Versioned {
}
