package org.kenshu.service.targets;

import java.util.List;
import org.kenshu.model.Enrollment;

/**
 * Enrollments an assignment, move or decline changed: each as it was before and the version the change
 * left, so undo restores exactly these and refuses when any was changed again since.
 */
public record EnrollmentChanges(String label, List<Change> changes) {

    public EnrollmentChanges {
        changes = List.copyOf(changes);
    }

    public record Change(Enrollment before, int versionAfter) {
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
