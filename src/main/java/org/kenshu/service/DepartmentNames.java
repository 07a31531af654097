package org.kenshu.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kenshu.model.Department;

/** Full department names as rosters write them: 「総務部 人事課」 (ancestors first, separated by a space). */
public final class DepartmentNames {
    private final Map<Long, Department> byId = new HashMap<>();
    private final Map<Long, String> cache = new HashMap<>();

    public DepartmentNames(List<Department> departments) {
        departments.forEach(d -> byId.put(d.id(), d));
    }

    public String fullName(Long departmentId) {
        if (departmentId == null) {
            return "";
        }
        String cached = cache.get(departmentId);
        if (cached != null) {
            return cached;
        }
        Department d = byId.get(departmentId);
        String parent = d == null || d.parentId() == null ? "" : fullName(d.parentId());
        String name = d == null ? "" : parent.isEmpty() ? d.name() : parent + " " + d.name();
        cache.put(departmentId, name);
        return name;
    }
}
