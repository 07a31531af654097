package org.kenshu.service.goals;

/**
 * One group of a goal's result (a tier, a department): completed out of counted, and the rate
 * ({@code null} when nobody is counted). For headcount goals {@code denominator} is null and
 * {@code actual} is the count.
 */
public record Breakdown(String label, int numerator, Integer denominator, Double actual) {

    static Breakdown of(String label, int numerator, int denominator) {
        return new Breakdown(label, numerator, denominator, denominator == 0 ? null : (double) numerator / denominator);
    }

    static Breakdown count(String label, int count) {
        return new Breakdown(label, count, null, (double) count);
    }
}
