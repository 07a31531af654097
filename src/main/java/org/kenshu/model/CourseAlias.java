package org.kenshu.model;

/** Another name a course appears under in spreadsheets (「新任係長研修」 for 「新任係長級研修」). */
public record CourseAlias(long id, long courseId, String alias, int version) implements Versioned {
}
