package org.kenshu.io.report;

/**
 * One cell of a report row. Text is always written as a string cell (never parsed as a formula, whatever
 * it begins with); only {@link Formula} cells hold formulas, written by the report itself.
 */
public sealed interface ReportCell {
    ReportCell BLANK = new Blank();

    /** The text a reader sees: numbers formatted as Excel formats them. */
    String display();

    static ReportCell text(String value) {
        return value == null || value.isEmpty() ? BLANK : new Text(value);
    }

    static ReportCell number(double value, NumberStyle style) {
        return new Number(value, style);
    }

    static ReportCell integer(long value) {
        return new Number(value, NumberStyle.INTEGER);
    }

    /** A number, or a blank cell when {@code value} is null. */
    static ReportCell integerOrBlank(Integer value) {
        return value == null ? BLANK : integer(value);
    }

    /**
     * A label repeated down a group (the month of a plan, say): shown on the group's first row and on the
     * first row of each printed page, blank (without a rule above) elsewhere.
     */
    static ReportCell continued(String label) {
        return new Continued(label == null ? "" : label);
    }

    record Text(String value) implements ReportCell {
        @Override
        public String display() {
            return value;
        }
    }

    record Number(double value, NumberStyle style) implements ReportCell {
        @Override
        public String display() {
            return style.format(value);
        }
    }

    /** A formula of the report's own (「SUM(D5:D20)」, no leading =) with the value it evaluates to. */
    record Formula(String formula, double value, NumberStyle style) implements ReportCell {
        @Override
        public String display() {
            return style.format(value);
        }
    }

    record Continued(String label) implements ReportCell {
        @Override
        public String display() {
            return label;
        }
    }

    record Blank() implements ReportCell {
        @Override
        public String display() {
            return "";
        }
    }
}
