package org.kenshu.service;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kenshu.model.Course;
import org.kenshu.model.CourseType;
import org.kenshu.model.DesignationRole;
import org.kenshu.model.Goal;
import org.kenshu.model.I18n;
import org.kenshu.model.Pillar;
import org.kenshu.service.goals.GapPerson;
import org.kenshu.service.goals.GoalChoices;
import org.kenshu.service.goals.GoalEngine;
import org.kenshu.service.goals.GoalResult;
import org.kenshu.service.goals.TrendPoint;
import org.kenshu.store.Repositories;

/** The goal register (目標値) and how each goal stands in a fiscal year (目標・実績). */
public final class GoalService {
    private final Repositories repos;
    private final GoalEngine engine;

    public GoalService(Repositories repos, Clock clock) {
        this.repos = repos;
        this.engine = new GoalEngine(repos, clock);
    }

    /** Goals that cover {@code fiscalYear}, in register order. */
    public List<GoalEntry> goals(int fiscalYear) {
        return entries(repos.goals.findAll().stream().filter(g -> g.covers(fiscalYear)).toList());
    }

    /** Every goal of the register, whatever years it covers. */
    public List<GoalEntry> register() {
        return entries(repos.goals.findAll());
    }

    private List<GoalEntry> entries(List<Goal> goals) {
        Map<Long, CourseType> types = RosterService.byId(repos.courseTypes.findAll(), CourseType::id);
        Map<Long, Course> courses = RosterService.byId(repos.courses.findAll(), Course::id);
        Map<Long, DesignationRole> roles = RosterService.byId(repos.designationRoles.findAll(), DesignationRole::id);
        Map<Long, Pillar> pillars = RosterService.byId(repos.pillars.findAll(), Pillar::id);
        return goals.stream()
                .map(g -> new GoalEntry(g, scope(g, types, courses, roles),
                        g.pillarId() == null || !pillars.containsKey(g.pillarId()) ? ""
                                : pillars.get(g.pillarId()).name()))
                .toList();
    }

    /** Each goal covering {@code fiscalYear}, counted (DESIGN.md §5). */
    public List<GoalResult> results(int fiscalYear) {
        return engine.compute(repos.goals.findAll().stream().filter(g -> g.covers(fiscalYear)).toList(), fiscalYear);
    }

    public GoalResult result(Goal goal, int fiscalYear) {
        return engine.compute(goal, fiscalYear);
    }

    /** The people behind the gap of {@code goal} in {@code fiscalYear}. */
    public List<GapPerson> missing(Goal goal, int fiscalYear) {
        return engine.missing(goal, fiscalYear);
    }

    /** The goal counted for up to five years up to {@code fiscalYear} that have data. */
    public List<TrendPoint> trend(Goal goal, int fiscalYear) {
        return engine.trend(goal, fiscalYear);
    }

    /** What a goal's parameters can be chosen from. */
    public GoalChoices choices() {
        List<GoalChoices.Named> courses = repos.goalFacts.courseNames().entrySet().stream()
                .map(e -> new GoalChoices.Named(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparing(GoalChoices.Named::name)).toList();
        return new GoalChoices(repos.courseTypes.findAll(), courses, repos.tiers.findAll(),
                repos.jobCategories.findAll(), repos.designationRoles.findAll(), repos.pillars.findAll());
    }

    public Optional<Goal> findByCode(String code) {
        return repos.goals.findByCode(code);
    }

    private static String scope(Goal g, Map<Long, CourseType> types, Map<Long, Course> courses,
            Map<Long, DesignationRole> roles) {
        if (g.designationRoleId() != null && roles.containsKey(g.designationRoleId())) {
            return roles.get(g.designationRoleId()).name();
        }
        if (g.courseTypeId() != null && types.containsKey(g.courseTypeId())) {
            return I18n.t("goals.scope.courseType", types.get(g.courseTypeId()).name());
        }
        return g.courseIds().stream().map(courses::get).filter(Objects::nonNull).map(Course::name).sorted()
                .collect(Collectors.joining("、"));
    }
}
