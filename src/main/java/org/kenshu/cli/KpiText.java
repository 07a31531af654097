package org.kenshu.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.kenshu.model.I18n;
import org.kenshu.service.goals.Breakdown;
import org.kenshu.service.goals.GapPerson;
import org.kenshu.service.goals.GoalResult;

/** The plain-text form of {@code kpi}: one block per goal, one line per person. */
final class KpiText {
    private KpiText() {
    }

    static void goal(PrintWriter out, GoalResult r) {
        out.println(I18n.t("cli.kpi.goal", r.goal().name(), r.goal().code(), value(r, r.target().value()),
                value(r, r.actual()), r.denominator() == null ? "" : " (" + r.numerator() + "/" + r.denominator() + ")",
                value(r, r.forecast()), r.statusText()));
        line(out, "cli.kpi.byTier", r.byTier(), r);
        line(out, "cli.kpi.byDepartment", r.byDepartment(), r);
    }

    private static void line(PrintWriter out, String key, List<Breakdown> groups, GoalResult r) {
        if (!groups.isEmpty()) {
            out.println(I18n.t(key, groups.stream().map(b -> b.label() + " " + value(r, b.actual())
                    + (b.denominator() == null ? "" : " (" + b.numerator() + "/" + b.denominator() + ")"))
                    .collect(Collectors.joining("、"))));
        }
    }

    /** 「91.5%」 for rates, 「12」 for counts, 「—」 when unknown. */
    static String value(GoalResult r, Double v) {
        if (v == null) {
            return "—";
        }
        return r.isRate() ? String.format("%.1f%%", v * 100) : String.format("%.0f", v);
    }

    static String person(GapPerson p) {
        String days = p.days().stream().map(Object::toString).collect(Collectors.joining(" "));
        return String.join("\t", p.employeeNo(), p.name(), p.department(), p.tier(), p.course(),
                p.sessionNo() == null ? "" : I18n.t("cli.kpi.sessionNo", p.sessionNo()), I18n.label(p.reason()), days);
    }
}
