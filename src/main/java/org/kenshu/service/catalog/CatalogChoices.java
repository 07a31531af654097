package org.kenshu.service.catalog;

import java.util.List;
import org.kenshu.model.Course;
import org.kenshu.model.CourseType;
import org.kenshu.model.JobCategory;
import org.kenshu.model.Provider;
import org.kenshu.model.Tier;

/** What the course form offers to pick from: types, providers, tiers, job categories, competencies, courses. */
public record CatalogChoices(List<CourseType> types, List<Provider> providers, List<Tier> tiers,
        List<JobCategory> jobCategories, List<CompetencyChoice> competencies, List<Course> courses) {

    /** A competency of the model with its category, as a pick list shows it. */
    public record CompetencyChoice(long id, String category, String name) {
    }
}
