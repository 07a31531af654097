package org.kenshu.service.imports;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.kenshu.model.Enrollment;

/** Stored enrollments by fiscal year, course and staff; each fiscal year is loaded once. */
final class Enrollments {
    private final ImportContext ctx;
    /** fiscal year → course id → staff id → enrollment. */
    private final Map<Integer, Map<Long, Map<Long, Enrollment>>> cache = new HashMap<>();

    Enrollments(ImportContext ctx) {
        this.ctx = ctx;
    }

    Optional<Enrollment> find(long courseId, int fiscalYear, long staffId) {
        return Optional.ofNullable(year(fiscalYear).getOrDefault(courseId, Map.of()).get(staffId));
    }

    void put(Enrollment e) {
        year(e.fiscalYear()).computeIfAbsent(e.courseId(), k -> new HashMap<>()).put(e.staffId(), e);
    }

    private Map<Long, Map<Long, Enrollment>> year(int fiscalYear) {
        return cache.computeIfAbsent(fiscalYear, fy -> {
            Map<Long, Map<Long, Enrollment>> m = new HashMap<>();
            ctx.repos.enrollments.findByFiscalYear(fy)
                    .forEach(e -> m.computeIfAbsent(e.courseId(), k -> new HashMap<>()).put(e.staffId(), e));
            return m;
        });
    }
}
