package org.kenshu.tools;

import java.util.List;

/**
 * A catalog course of the sample city with how it is planned: a small fluent builder so the catalog
 * reads as a table. {@code hints} are the sessions' first days as 「M/D」 (a period 「M/D-M/D」 for
 * e-learning); the planner moves them to the next free business day.
 */
final class CourseDef {
    enum Pattern { CONSECUTIVE, SEPARATE, PERIOD }

    final String name;
    final String code;
    final String type;
    String provider = SampleCatalog.HR;
    String format = "CLASSROOM";
    int days = 1;
    double hours = 6.5;
    int capacity = 30;
    int cost;
    String mode = "NOMINATION";
    List<String> tiers = List.of();
    List<String> jobs = List.of();
    Integer yearsFrom;
    Integer yearsTo;
    Integer promotedWithin;
    List<String> competencies = List.of();
    List<String> aliases = List.of();
    String description = "";
    String venue = "本庁舎 大会議室";
    String instructor = "";
    Pattern pattern = Pattern.CONSECUTIVE;
    int spacing = 7;
    List<String> hints = List.of();
    Integer onlyFy;
    /** Share of a session's capacity nominated (non-tier courses). */
    double fill = 0.85;
    /** Written in the plan's 対象職層 column instead of the tier names joined by 、. */
    String targetText;

    CourseDef(String name, String code, String type) {
        this.name = name;
        this.code = code;
        this.type = type;
    }

    CourseDef by(String providerName, String instructorText) {
        this.provider = providerName;
        this.instructor = instructorText;
        return this;
    }

    CourseDef days(int n, double h) {
        this.days = n;
        this.hours = h;
        return this;
    }

    CourseDef cap(int capacityPerSession, int costPerHead) {
        this.capacity = capacityPerSession;
        this.cost = costPerHead;
        return this;
    }

    CourseDef tiers(String... codes) {
        this.tiers = List.of(codes);
        return this;
    }

    CourseDef jobs(String... codes) {
        this.jobs = List.of(codes);
        return this;
    }

    CourseDef years(int from, int to) {
        this.yearsFrom = from;
        this.yearsTo = to;
        return this;
    }

    CourseDef newlyPromoted() {
        this.promotedWithin = 12;
        return this;
    }

    CourseDef comp(String... codes) {
        this.competencies = List.of(codes);
        return this;
    }

    CourseDef alias(String... names) {
        this.aliases = List.of(names);
        return this;
    }

    CourseDef about(String text) {
        this.description = text;
        return this;
    }

    CourseDef venue(String place) {
        this.venue = place;
        return this;
    }

    CourseDef at(String... firstDays) {
        this.hints = List.of(firstDays);
        return this;
    }

    CourseDef separate(int daysApart) {
        this.pattern = Pattern.SEPARATE;
        this.spacing = daysApart;
        return this;
    }

    CourseDef elearning() {
        this.pattern = Pattern.PERIOD;
        this.format = "E_LEARNING";
        this.venue = "eラーニング";
        return this;
    }

    CourseDef online() {
        this.format = "ONLINE";
        this.venue = "オンライン";
        return this;
    }

    CourseDef applied() {
        this.mode = "APPLICATION";
        return this;
    }

    CourseDef fill(double share) {
        this.fill = share;
        return this;
    }

    CourseDef target(String text) {
        this.targetText = text;
        return this;
    }

    CourseDef onlyIn(int fy) {
        this.onlyFy = fy;
        return this;
    }

    boolean isTier() {
        return "TIER".equals(type);
    }

    boolean isElearning() {
        return pattern == Pattern.PERIOD;
    }

    /** The name an attendance file may use instead of the catalog name. */
    String alias() {
        return aliases.isEmpty() ? name : aliases.get(0);
    }
}
