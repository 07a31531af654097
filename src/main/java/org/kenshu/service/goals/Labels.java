package org.kenshu.service.goals;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kenshu.model.Department;
import org.kenshu.model.I18n;
import org.kenshu.model.Tier;
import org.kenshu.service.DepartmentNames;
import org.kenshu.store.Repositories;

/**
 * Names for the groups of a breakdown and the rows of a list: tiers in rank order, departments by
 * their top-level 部 (a breakdown a manager reads) or their full name (a list the officer chases).
 */
final class Labels {
    private final Map<Long, Tier> tiers = new HashMap<>();
    private final Map<Long, Department> departments = new HashMap<>();
    private final DepartmentNames fullNames;

    Labels(Repositories repos) {
        repos.tiers.findAll().forEach(t -> tiers.put(t.id(), t));
        List<Department> all = repos.departments.findAll();
        all.forEach(d -> departments.put(d.id(), d));
        fullNames = new DepartmentNames(all);
    }

    static String unknown() {
        return I18n.t("goals.unknownGroup");
    }

    String tier(Long tierId) {
        Tier t = tierId == null ? null : tiers.get(tierId);
        return t == null ? unknown() : t.name();
    }

    /** Tiers by rank, unknown last. */
    Comparator<Long> tierOrder() {
        return Comparator.comparing((Long id) -> id == null || !tiers.containsKey(id) ? Integer.MAX_VALUE
                : tiers.get(id).rank());
    }

    /** The top-level department (部) a department belongs to; null when unknown. */
    Long topDepartment(Long departmentId) {
        Department d = departmentId == null ? null : departments.get(departmentId);
        int guard = 0;
        while (d != null && d.parentId() != null && departments.containsKey(d.parentId()) && guard++ < 50) {
            d = departments.get(d.parentId());
        }
        return d == null ? null : d.id();
    }

    String department(Long departmentId) {
        Department d = departmentId == null ? null : departments.get(departmentId);
        return d == null ? unknown() : d.name();
    }

    Comparator<Long> departmentOrder() {
        return Comparator.comparing((Long id) -> id == null || !departments.containsKey(id) ? Integer.MAX_VALUE
                : departments.get(id).sortOrder()).thenComparing(this::department);
    }

    String fullDepartment(Long departmentId) {
        String name = fullNames.fullName(departmentId);
        return name.isEmpty() ? unknown() : name;
    }
}
