package org.kenshu.service;

import java.time.LocalDate;
import java.util.List;
import org.kenshu.model.Assignment;
import org.kenshu.model.Department;

/**
 * What a merge wrote, so it can be undone exactly: the merged department before and after, the
 * assignments created from the merge date, those that already started later and were moved, and
 * the sub-departments that moved under the target.
 */
public record DepartmentMerge(Department before, Department merged, Department target, LocalDate on,
        List<Assignment> created, List<Assignment> retargeted, List<Department> reparented) {

    /** Staff whose assignment changed with the merge. */
    public int staffMoved() {
        return (int) java.util.stream.Stream.concat(created.stream(), retargeted.stream())
                .map(Assignment::staffId).distinct().count();
    }
}
