package org.kenshu.service.plan;

import java.time.LocalDate;
import java.util.List;
import org.kenshu.model.PlanStatus;
import org.kenshu.model.Session;

/**
 * One session as its editor shows it: the session, its days, the course name, the plan it belongs to
 * and how many people are attached to it (nominations of any status), which cancelling must deal with.
 */
public record SessionDetail(Session session, List<LocalDate> days, String courseName, int fiscalYear,
        PlanStatus planStatus, int nominations, String instructorDisplay) {

    public SessionDetail {
        days = List.copyOf(days);
    }
}
