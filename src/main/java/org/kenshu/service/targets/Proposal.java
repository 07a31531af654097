package org.kenshu.service.targets;

import java.util.List;
import org.kenshu.model.EnrollmentStatus;

/** Proposed placements for one course's enrollments, to show before they are written. */
public record Proposal(int fiscalYear, long courseId, AssignStrategy strategy, List<Placement> placements) {

    public Proposal {
        placements = List.copyOf(placements);
    }

    public long count(EnrollmentStatus status) {
        return placements.stream().filter(p -> p.status() == status).count();
    }

    /** How many the proposal seats in {@code sessionId}. */
    public long seatedIn(long sessionId) {
        return placements.stream().filter(p -> p.sessionId() != null && p.sessionId() == sessionId).count();
    }
}
