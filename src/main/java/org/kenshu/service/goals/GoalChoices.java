package org.kenshu.service.goals;

import java.util.List;
import org.kenshu.model.CourseType;
import org.kenshu.model.DesignationRole;
import org.kenshu.model.JobCategory;
import org.kenshu.model.Pillar;
import org.kenshu.model.Tier;

/** What a goal's parameters can be chosen from: course types, courses, tiers, job categories, roles, pillars. */
public record GoalChoices(List<CourseType> courseTypes, List<Named> courses, List<Tier> tiers,
        List<JobCategory> jobCategories, List<DesignationRole> roles, List<Pillar> pillars) {

    /** A course by id and name. */
    public record Named(long id, String name) {
    }
}
