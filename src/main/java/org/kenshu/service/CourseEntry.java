package org.kenshu.service;

import org.kenshu.model.Course;

/** A catalog line: the course with the names of its type, provider and target tiers. */
public record CourseEntry(Course course, String typeCode, String typeName, String providerName, String targetTiers) {
}
