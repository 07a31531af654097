package org.kenshu.service.targets;

import java.util.List;

/** What {@link TargetService#nominate} created: the new enrollments (undo removes exactly these). */
public record Nominations(int fiscalYear, List<Long> enrollmentIds, int courses) {

    public Nominations {
        enrollmentIds = List.copyOf(enrollmentIds);
    }

    public int count() {
        return enrollmentIds.size();
    }
}
