package org.kenshu.service.reports;

import java.util.List;
import java.util.Map;
import org.kenshu.model.Tier;

/** 階層別研修体系表: the plan's courses (rows) against the tiers (columns), with how many staff each targets. */
record CurriculumReport(List<Tier> tiers, List<Line> lines) {

    /** @param counts tier id → staff targeted; tiers the course is not for are absent */
    record Line(String type, String course, Map<Long, Integer> counts) {
    }
}
