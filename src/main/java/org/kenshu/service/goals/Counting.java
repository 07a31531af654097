package org.kenshu.service.goals;

import java.util.List;

/** The people a rate goal counted, with the attendance they were judged on (for the list of the gap). */
record Counting(List<Counted> rows, CourseAttendance attendance) {
}
