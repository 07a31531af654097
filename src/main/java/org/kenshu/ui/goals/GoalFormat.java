package org.kenshu.ui.goals;

import java.util.Locale;
import org.kenshu.service.goals.GoalResult;

/** How goal values read on screen: 「91.5%」, 「12人」, 「173 / 189」, 「—」 for nothing yet. */
public final class GoalFormat {
    private GoalFormat() {
    }

    /** A value of {@code r}: a rate as a percentage with one decimal, else a count with the goal's unit. */
    public static String value(GoalResult r, Double v) {
        if (v == null) {
            return "—";
        }
        return r.isRate() ? percent(v) : String.format(Locale.ROOT, "%.0f", v) + unit(r);
    }

    public static String percent(Double v) {
        return v == null ? "—" : String.format(Locale.ROOT, "%.1f%%", v * 100);
    }

    private static String unit(GoalResult r) {
        String unit = r.goal().unit();
        return unit == null || unit.equals("%") ? "" : unit;
    }

    /** 「173 / 189」 for rate goals, empty otherwise. */
    public static String fraction(GoalResult r) {
        return r.denominator() == null ? "" : r.numerator() + " / " + r.denominator();
    }

    /** The status in words; a past year that fell short reads 「未達成」 rather than 「要注意」. */
    public static String status(GoalResult r) {
        return r.statusText();
    }

    /** The style class that colours a status: status-achieved, status-on-track, status-at-risk. */
    public static String styleClass(GoalResult r) {
        return r.actual() == null ? "status-no-value" : "status-" + r.status().code();
    }

    /** A rate typed by the officer (「90」, 「90%」, 「0.9」 is read as 0.9% — percent is what they type). */
    public static java.math.BigDecimal parsePercent(String text) {
        String t = java.text.Normalizer.normalize(text == null ? "" : text, java.text.Normalizer.Form.NFKC)
                .replace("%", "").strip();
        if (t.isEmpty()) {
            return null;
        }
        return new java.math.BigDecimal(t).movePointLeft(2);
    }

    /** 90 for 0.9: how a stored rate is shown in a field. */
    public static String percentField(java.math.BigDecimal rate) {
        return rate == null ? "" : rate.movePointRight(2).stripTrailingZeros().toPlainString();
    }
}
