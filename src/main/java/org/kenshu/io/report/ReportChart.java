package org.kenshu.io.report;

import java.util.List;

/**
 * A native Excel bar chart under a sheet's table: one bar per category, and a target drawn across them
 * as a line (the same value at every category). The values are fractions shown as % when {@code percent}.
 *
 * @param title      the chart's title (「職層別の受講率」)
 * @param categories the bars' labels, left to right (the tiers)
 * @param values     one value per category; null where there is none (nobody counted)
 * @param valueName  the bars' name in the legend (「実績」)
 * @param target     the target across the bars; null for none
 * @param targetName the line's name in the legend (「目標 90.0%」)
 * @param percent    values and target are fractions, the value axis reads 0%–100%
 */
public record ReportChart(String title, List<String> categories, List<Double> values, String valueName,
        Double target, String targetName, boolean percent) {

    /** Height of the chart on the page, in points (about 85 mm), as rows of {@link #ROW_PT}. */
    public static final int ROWS = 17;
    public static final double ROW_PT = 14.25;

    public ReportChart {
        categories = List.copyOf(categories);
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        if (categories.size() != values.size()) {
            throw new IllegalArgumentException("one value per category: " + categories + " " + values);
        }
    }

    public double heightPt() {
        return ROWS * ROW_PT;
    }
}
