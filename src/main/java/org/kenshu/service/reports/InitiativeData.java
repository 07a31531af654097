package org.kenshu.service.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.kenshu.model.Direction;
import org.kenshu.model.I18n;
import org.kenshu.model.Initiative;
import org.kenshu.model.InitiativeYear;
import org.kenshu.model.Pillar;
import org.kenshu.store.Repositories;

/** Reads the implementation plan (柱・方向性・取組 and their years) for the years asked (default: three from the fiscal year). */
final class InitiativeData {
    /** A plan period is three to five years; more columns would not fit a page. */
    static final int MAX_YEARS = 6;
    static final int DEFAULT_YEARS = 3;

    private InitiativeData() {
    }

    static InitiativeReport read(Repositories repos, ReportContext ctx, ReportRequest r) {
        int from = r.fromYear() != null ? r.fromYear() : ctx.fiscalYear();
        int to = r.toYear() != null ? r.toYear() : from + DEFAULT_YEARS - 1;
        if (to < from || to - from + 1 > MAX_YEARS) {
            throw new ReportException(I18n.t("report.error.years", MAX_YEARS));
        }
        List<Integer> years = IntStream.rangeClosed(from, to).boxed().toList();
        Map<Long, Map<Integer, InitiativeYear>> byInitiative = new HashMap<>();
        for (InitiativeYear y : repos.initiativeYears.findAll()) {
            byInitiative.computeIfAbsent(y.initiativeId(), k -> new HashMap<>()).put(y.fiscalYear(), y);
        }
        Map<Long, List<Initiative>> initiatives = new HashMap<>();
        repos.initiatives.findAll().forEach(i -> initiatives.computeIfAbsent(i.directionId(), k -> new ArrayList<>()).add(i));
        Map<Long, List<Direction>> directions = new HashMap<>();
        repos.directions.findAll().forEach(d -> directions.computeIfAbsent(d.pillarId(), k -> new ArrayList<>()).add(d));
        List<InitiativeReport.Pillar> pillars = new ArrayList<>();
        for (Pillar p : repos.pillars.findAll()) {
            List<InitiativeReport.Direction> ds = new ArrayList<>();
            for (Direction d : directions.getOrDefault(p.id(), List.of())) {
                List<InitiativeReport.Initiative> is = initiatives.getOrDefault(d.id(), List.of()).stream()
                        .map(i -> new InitiativeReport.Initiative(i.code(), i.name(),
                                byInitiative.getOrDefault(i.id(), Map.of())))
                        .toList();
                ds.add(new InitiativeReport.Direction(d.code(), d.name(), is));
            }
            pillars.add(new InitiativeReport.Pillar(p.code(), p.name(), ds));
        }
        return new InitiativeReport(years, pillars);
    }
}
