package org.kenshu.service.plan;

import java.util.List;
import org.kenshu.model.Enrollment;

/** A cancelled session, and each nomination as it was before and as the cancellation left it (for undo). */
public record CancelResult(SessionDetail session, List<Enrollment> before, List<Enrollment> after) {
    public CancelResult {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }
}
