package org.kenshu.service.plan;

import java.util.List;
import java.util.Map;
import org.kenshu.model.Tier;

/**
 * 階層別研修体系表: tiers as rows (junior first), the year's courses as columns (by course type), and the
 * number of targets of each course in each tier ({@code counts}: course id → tier id → count; absent =
 * the course is not meant for that tier).
 */
public record Curriculum(int fiscalYear, List<Tier> tiers, List<Column> columns,
        Map<Long, Map<Long, Integer>> counts) {

    /** A course of the year's plan with its type (name and colour) and number of planned sessions. */
    public record Column(long courseId, String course, String typeName, String typeColor, int sessions) {
    }

    public Integer count(long courseId, long tierId) {
        return counts.getOrDefault(courseId, Map.of()).get(tierId);
    }
}
