package org.kenshu.service.reports;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.kenshu.model.Course;
import org.kenshu.model.CourseType;
import org.kenshu.model.DeliveryFormat;
import org.kenshu.model.I18n;
import org.kenshu.model.Provider;
import org.kenshu.model.Tier;
import org.kenshu.store.Repositories;

/** What reports say about a course: its type, target tiers (「主任級・副主幹・主査級」), provider and format. */
final class CourseFacts {
    private final Map<Long, CourseType> types;
    private final Map<Long, Tier> tiers;
    private final Map<Long, Provider> providers;

    CourseFacts(Repositories repos) {
        types = byId(repos.courseTypes.findAll(), CourseType::id);
        tiers = byId(repos.tiers.findAll(), Tier::id);
        providers = byId(repos.providers.findAll(), Provider::id);
    }

    static <T> Map<Long, T> byId(List<T> list, java.util.function.Function<T, Long> id) {
        return list.stream().collect(Collectors.toMap(id, t -> t));
    }

    CourseType type(Course c) {
        return types.get(c.courseTypeId());
    }

    /** Courses ordered as the catalog orders types, then by name. */
    Comparator<Course> byType() {
        return Comparator.comparingInt((Course c) -> type(c).sortOrder()).thenComparing(c -> type(c).code());
    }

    /** Target tiers from the most junior, then the years-of-service condition (「採用2年目」). */
    String targets(Course c) {
        String tierNames = c.target().tierIds().stream().map(tiers::get).filter(Objects::nonNull)
                .sorted(Comparator.comparingInt(Tier::rank)).map(Tier::name).collect(Collectors.joining("・"));
        Integer from = c.target().yearsFrom();
        Integer to = c.target().yearsTo();
        String years = "";
        if (from != null && from.equals(to)) {
            years = I18n.t("report.target.year", from + 1);
        } else if (from != null || to != null) {
            years = I18n.t("report.target.years", from == null ? 1 : from + 1, to == null ? "" : to + 1);
        }
        return years.isEmpty() ? tierNames : tierNames.isEmpty() ? years : tierNames + "（" + years + "）";
    }

    String provider(Course c) {
        Provider p = c.providerId() == null ? null : providers.get(c.providerId());
        return p == null ? "" : p.name();
    }

    /** 「オンライン」「eラーニング」; nothing for a classroom course, the usual case. */
    static String format(Course c) {
        return c.format() == null || c.format() == DeliveryFormat.CLASSROOM ? "" : I18n.label(c.format());
    }

    List<Tier> activeTiers() {
        return tiers.values().stream().filter(t -> !t.retired()).sorted(Comparator.comparingInt(Tier::rank)).toList();
    }
}
