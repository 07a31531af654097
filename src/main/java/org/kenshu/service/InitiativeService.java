package org.kenshu.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.kenshu.model.Direction;
import org.kenshu.model.I18n;
import org.kenshu.model.Initiative;
import org.kenshu.model.InitiativeYear;
import org.kenshu.model.Pillar;
import org.kenshu.service.goals.Completers;
import org.kenshu.store.Database;
import org.kenshu.store.Repositories;

/**
 * 実施計画: pillars → directions → initiatives, each with a 計画 and a 実績 per fiscal year and optional
 * counts. A count linked to data ({@code count_source} 「course:研修名」 = staff who completed that course
 * in the year, 「designation:CODE」 = holders of the role that year) fills the 実績 count itself.
 */
public final class InitiativeService {
    static final String COURSE = "course:";
    static final String DESIGNATION = "designation:";
    private final Database db;
    private final Repositories repos;
    private final Completers completers;

    public InitiativeService(Database db, Repositories repos) {
        this.db = db;
        this.repos = repos;
        this.completers = new Completers(repos);
    }

    /** One initiative with its place in the tree and its years (fiscal year → row). */
    public record InitiativeRow(Pillar pillar, Direction direction, Initiative initiative,
            Map<Integer, InitiativeYear> years) {
    }

    /** Every initiative in plan order (pillar, direction, initiative). */
    public List<InitiativeRow> rows() {
        Map<Long, Pillar> pillars = RosterService.byId(repos.pillars.findAll(), Pillar::id);
        Map<Long, Direction> directions = RosterService.byId(repos.directions.findAll(), Direction::id);
        Map<Long, Map<Integer, InitiativeYear>> years = new HashMap<>();
        for (InitiativeYear y : repos.initiativeYears.findAll()) {
            years.computeIfAbsent(y.initiativeId(), k -> new HashMap<>()).put(y.fiscalYear(), y);
        }
        List<InitiativeRow> rows = new ArrayList<>();
        for (Initiative i : repos.initiatives.findAll()) {
            Direction d = directions.get(i.directionId());
            rows.add(new InitiativeRow(pillars.get(d.pillarId()), d, i, years.getOrDefault(i.id(), Map.of())));
        }
        rows.sort(Comparator.comparing((InitiativeRow r) -> r.pillar().sortOrder())
                .thenComparing(r -> r.pillar().id()).thenComparing(r -> r.direction().sortOrder())
                .thenComparing(r -> r.direction().id()).thenComparing(r -> r.initiative().sortOrder())
                .thenComparing(r -> r.initiative().id()));
        return rows;
    }

    /**
     * Like {@link #rows()}, plus a row for each pillar without directions (direction and initiative
     * null) and each direction without initiatives (initiative null), so the edit table shows them.
     */
    public List<InitiativeRow> planRows() {
        List<InitiativeRow> rows = rows();
        List<Pillar> pillars = repos.pillars.findAll();
        List<Direction> directions = repos.directions.findAll();
        List<InitiativeRow> all = new ArrayList<>();
        for (Pillar p : pillars) {
            for (Direction d : directions) {
                if (d.pillarId() == p.id()) {
                    List<InitiativeRow> under = rows.stream().filter(r -> r.direction().id() == d.id()).toList();
                    all.addAll(under);
                    if (under.isEmpty()) {
                        all.add(new InitiativeRow(p, d, null, Map.of()));
                    }
                }
            }
            if (directions.stream().noneMatch(d -> d.pillarId() == p.id())) {
                all.add(new InitiativeRow(p, null, null, Map.of()));
            }
        }
        return all;
    }

    /** The fiscal years any initiative has a row for, plus {@code alsoShow}, oldest first. */
    public List<Integer> years(int alsoShow) {
        TreeSet<Integer> years = new TreeSet<>();
        repos.initiativeYears.findAll().forEach(y -> years.add(y.fiscalYear()));
        years.add(alsoShow);
        return List.copyOf(years);
    }

    /**
     * The 実績 count of a year: computed from data when the count is linked ({@code count_source}),
     * else the count entered; empty when neither.
     */
    public Optional<Integer> resultCount(InitiativeYear y) {
        if (y.countSource() != null && !y.countSource().isBlank()) {
            return linkedCount(y.countSource(), y.fiscalYear());
        }
        return Optional.ofNullable(y.resultCount());
    }

    /** The count a link gives in a fiscal year; empty when the link names nothing known. */
    public Optional<Integer> linkedCount(String source, int fiscalYear) {
        String s = source.strip();
        if (s.startsWith(COURSE)) {
            return repos.courses.findByName(s.substring(COURSE.length()).strip())
                    .map(c -> completers.count(c.id(), fiscalYear));
        }
        if (s.startsWith(DESIGNATION)) {
            return repos.designationRoles.findByCode(s.substring(DESIGNATION.length()).strip())
                    .map(r -> repos.goalPeople.holders(r.id(), fiscalYear).size());
        }
        return Optional.empty();
    }

    /** What is wrong with a year's row before saving. */
    public List<String> problems(InitiativeYear y) {
        List<String> problems = new ArrayList<>();
        if (y.countSource() != null && !y.countSource().isBlank()
                && linkedCount(y.countSource(), y.fiscalYear()).isEmpty()) {
            problems.add(I18n.t("initiatives.edit.unknownSource", y.countSource()));
        }
        if (y.planCount() != null && y.planCount() < 0 || y.resultCount() != null && y.resultCount() < 0) {
            problems.add(I18n.t("initiatives.edit.negativeCount"));
        }
        return problems;
    }

    /** Saves a year's 計画/実績: inserted the first time, updated after (version checked). */
    public InitiativeYear saveYear(InitiativeYear y) {
        List<String> problems = problems(y);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return db.inTransaction(() -> {
            InitiativeYear saved = y.id() == 0 ? repos.initiativeYears.insert(y) : repos.initiativeYears.update(y);
            repos.audit.record(y.id() == 0 ? "INSERT" : "UPDATE", "initiative_year", saved.id(),
                    "initiative " + y.initiativeId() + " FY" + y.fiscalYear());
            return saved;
        });
    }

    /** Removes a year's row (undo of its first save). */
    public void deleteYear(InitiativeYear y) {
        db.inTransaction(() -> {
            repos.initiativeYears.delete(y);
            repos.audit.record("DELETE", "initiative_year", y.id(), "initiative " + y.initiativeId());
        });
    }

    /** Renames an initiative or changes its description (version checked). */
    public Initiative saveInitiative(Initiative i) {
        if (i.name() == null || i.name().isBlank()) {
            throw new IllegalArgumentException(I18n.t("initiatives.edit.nameRequired"));
        }
        return db.inTransaction(() -> {
            Initiative saved = i.id() == 0 ? repos.initiatives.insert(i) : repos.initiatives.update(i);
            repos.audit.record(i.id() == 0 ? "INSERT" : "UPDATE", "initiative", saved.id(), saved.code());
            return saved;
        });
    }

    /** The sources a count can be linked to: 「course:…」 for each course, 「designation:…」 for each role. */
    public List<String> linkableSources() {
        List<String> sources = new ArrayList<>();
        repos.designationRoles.findAll().forEach(r -> sources.add(DESIGNATION + r.code()));
        repos.goalFacts.courseNames().values().stream().sorted().forEach(n -> sources.add(COURSE + n));
        return sources;
    }
}
