package org.kenshu.service.reports;

import java.util.List;
import java.util.Map;
import org.kenshu.model.InitiativeYear;

/** 実施計画 進捗表: pillars, their directions and initiatives, with 計画 and 実績 for each fiscal year shown. */
record InitiativeReport(List<Integer> years, List<Pillar> pillars) {

    record Pillar(String code, String name, List<Direction> directions) {
    }

    record Direction(String code, String name, List<Initiative> initiatives) {
    }

    record Initiative(String code, String name, Map<Integer, InitiativeYear> years) {
    }
}
