package org.kenshu.service.targets;

import java.util.List;
import java.util.Map;
import org.kenshu.model.EnrollmentStatus;

/** The whole plan at once: every course's targets and where assignment would place them (nothing written). */
public record YearProposal(TargetList targets, Map<Long, List<Placement>> placements) {

    public long count(EnrollmentStatus status) {
        return placements.values().stream().flatMap(List::stream).filter(p -> p.status() == status).count();
    }
}
