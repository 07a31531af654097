package org.kenshu.service.targets;

import org.kenshu.model.EnrollmentMode;

/** A course with sessions in the year's plan, as the course picker lists it. */
public record PlannedCourse(long id, String name, EnrollmentMode mode, int sessions) {
}
