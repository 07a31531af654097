package org.kenshu.service;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.kenshu.model.Course;
import org.kenshu.model.CourseType;
import org.kenshu.model.DesignationRole;
import org.kenshu.model.Goal;
import org.kenshu.model.I18n;
import org.kenshu.model.Pillar;
import org.kenshu.store.Repositories;

/** The goal register (目標値). */
public final class GoalService {
    private final Repositories repos;

    public GoalService(Repositories repos) {
        this.repos = repos;
    }

    /** Goals that cover {@code fiscalYear}, in register order. */
    public List<GoalEntry> goals(int fiscalYear) {
        Map<Long, CourseType> types = RosterService.byId(repos.courseTypes.findAll(), CourseType::id);
        Map<Long, Course> courses = RosterService.byId(repos.courses.findAll(), Course::id);
        Map<Long, DesignationRole> roles = RosterService.byId(repos.designationRoles.findAll(), DesignationRole::id);
        Map<Long, Pillar> pillars = RosterService.byId(repos.pillars.findAll(), Pillar::id);
        return repos.goals.findAll().stream()
                .filter(g -> g.covers(fiscalYear))
                .map(g -> new GoalEntry(g, scope(g, types, courses, roles),
                        g.pillarId() == null ? "" : pillars.get(g.pillarId()).name()))
                .toList();
    }

    private static String scope(Goal g, Map<Long, CourseType> types, Map<Long, Course> courses,
            Map<Long, DesignationRole> roles) {
        if (g.designationRoleId() != null) {
            return roles.get(g.designationRoleId()).name();
        }
        if (g.courseTypeId() != null) {
            return I18n.t("goals.scope.courseType", types.get(g.courseTypeId()).name());
        }
        return g.courseIds().stream().map(courses::get).filter(Objects::nonNull).map(Course::name).sorted()
                .collect(Collectors.joining("、"));
    }
}
