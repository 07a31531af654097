package org.kenshu.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kenshu.service.goals.Breakdown;
import org.kenshu.service.goals.GapPerson;
import org.kenshu.service.goals.GoalResult;

/** The JSON objects of {@code kpi}: rates as fractions, {@code actual} null when the denominator is 0. */
final class KpiJson {
    private KpiJson() {
    }

    static Map<String, Object> goal(GoalResult r) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("code", r.goal().code());
        g.put("name", r.goal().name());
        g.put("kind", r.goal().kind().name());
        g.put("target", r.target().value());
        g.put("numerator", r.numerator());
        g.put("denominator", r.denominator());
        g.put("actual", r.actual());
        g.put("forecast", r.forecast());
        g.put("status", r.status().code());
        g.put("byTier", groups(r.byTier(), "tier"));
        g.put("byDepartment", groups(r.byDepartment(), "department"));
        return g;
    }

    private static List<Map<String, Object>> groups(List<Breakdown> groups, String key) {
        return groups.stream().map(b -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(key, b.label());
            m.put("numerator", b.numerator());
            m.put("denominator", b.denominator());
            m.put("actual", b.actual());
            return m;
        }).toList();
    }

    static Map<String, Object> person(GapPerson p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("employeeNo", p.employeeNo());
        m.put("name", p.name());
        m.put("department", p.department());
        m.put("tier", p.tier());
        m.put("course", p.course());
        m.put("session", p.sessionNo());
        m.put("firstDay", p.firstDay() == null ? null : p.firstDay().toString());
        m.put("reason", p.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        m.put("days", p.days().stream().map(Object::toString).toList());
        return m;
    }
}
