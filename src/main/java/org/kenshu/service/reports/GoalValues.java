package org.kenshu.service.reports;

import org.kenshu.io.report.NumberStyle;
import org.kenshu.io.report.ReportCell;
import org.kenshu.service.goals.GoalResult;

/** A goal's values in a report: rates as 91.5%, counts as 12 (with the goal's unit in text), 「—」 for none yet. */
final class GoalValues {
    static final String NONE = "—";

    private GoalValues() {
    }

    static ReportCell cell(GoalResult r, Double value) {
        if (value == null) {
            return ReportCell.text(NONE);
        }
        return ReportCell.number(value, r.isRate() ? NumberStyle.PERCENT : NumberStyle.INTEGER);
    }

    /** 「91.5%」, 「12人」, 「—」. */
    static String text(GoalResult r, Double value) {
        if (value == null) {
            return NONE;
        }
        if (r.isRate()) {
            return NumberStyle.PERCENT.format(value);
        }
        String unit = r.goal().unit() == null || r.goal().unit().equals("%") ? "" : r.goal().unit();
        return NumberStyle.INTEGER.format(value) + unit;
    }

    /** 「173 / 189」 for rate goals, empty otherwise. */
    static String fraction(GoalResult r) {
        return r.denominator() == null ? "" : r.numerator() + " / " + r.denominator();
    }

    /** 「目標 90.0%　実績 91.5%（173 / 189）　達成」: a goal in one line. */
    static String summary(GoalResult r) {
        String fraction = fraction(r);
        return org.kenshu.model.I18n.t("report.goals.summaryLine", text(r, r.target().value()),
                text(r, r.actual()) + (fraction.isEmpty() ? "" : "（" + fraction + "）"), r.statusText());
    }
}
