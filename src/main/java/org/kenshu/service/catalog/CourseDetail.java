package org.kenshu.service.catalog;

import java.util.List;
import org.kenshu.model.Course;

/** A course as its form shows it: the course (with its target rule and competencies) and its aliases. */
public record CourseDetail(Course course, List<String> aliases) {
    public CourseDetail {
        aliases = List.copyOf(aliases);
    }
}
