package org.kenshu.service.plan.checks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kenshu.model.EraDisplay;
import org.kenshu.model.Enrollment;
import org.kenshu.service.calendar.YearEndClosure;

/** Everything the checks look at for one fiscal year, read once. */
record PlanSnapshot(List<CheckedSession> sessions, Map<Long, List<Enrollment>> enrollmentsBySession,
        Map<Long, String> staffNames, Map<LocalDate, String> holidays, YearEndClosure closure, int minimumSize,
        LocalDate today, EraDisplay era) {

    List<Enrollment> enrollments(long sessionId) {
        return enrollmentsBySession.getOrDefault(sessionId, List.of());
    }
}
