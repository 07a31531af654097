package org.kenshu.service.targets;

import java.util.List;
import org.kenshu.model.EnrollmentMode;

/**
 * Everyone enrolled in one course in a fiscal year, by where they stand: in a session, waiting
 * (待機), not yet assigned, and exempt, declined or cancelled ({@code excused}, each with its reason).
 */
public record CourseBoard(int fiscalYear, long courseId, String course, EnrollmentMode mode,
        List<SessionColumn> sessions, List<Member> waiting, List<Member> unassigned, List<Member> excused) {

    public CourseBoard {
        sessions = List.copyOf(sessions);
        waiting = List.copyOf(waiting);
        unassigned = List.copyOf(unassigned);
        excused = List.copyOf(excused);
    }

    public static CourseBoard empty(int fiscalYear) {
        return new CourseBoard(fiscalYear, 0, "", EnrollmentMode.NOMINATION, List.of(), List.of(), List.of(), List.of());
    }

    public int enrolledCount() {
        return sessions.stream().mapToInt(s -> s.members().size()).sum();
    }
}
