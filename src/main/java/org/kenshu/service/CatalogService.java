package org.kenshu.service;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.kenshu.model.CourseType;
import org.kenshu.model.Provider;
import org.kenshu.model.Tier;
import org.kenshu.store.Repositories;

/** The course catalog (研修カタログ). */
public final class CatalogService {
    private final Repositories repos;

    public CatalogService(Repositories repos) {
        this.repos = repos;
    }

    public List<CourseEntry> courses() {
        Map<Long, CourseType> types = RosterService.byId(repos.courseTypes.findAll(), CourseType::id);
        Map<Long, Provider> providers = RosterService.byId(repos.providers.findAll(), Provider::id);
        List<Tier> tiers = repos.tiers.findAll();
        return repos.courses.findAll().stream()
                .map(c -> {
                    CourseType type = types.get(c.courseTypeId());
                    Provider provider = c.providerId() == null ? null : providers.get(c.providerId());
                    String targets = c.target().tierIds().isEmpty() ? org.kenshu.model.I18n.t("catalog.allStaff")
                            : tiers.stream().filter(t -> c.target().tierIds().contains(t.id()))
                                    .map(Tier::name).collect(Collectors.joining("、"));
                    return new CourseEntry(c, type.code(), type.name(), provider == null ? "" : provider.name(),
                            targets);
                })
                .sorted(Comparator.comparing((CourseEntry e) -> types.get(e.course().courseTypeId()).sortOrder())
                        .thenComparing(e -> Objects.requireNonNullElse(e.course().code(), ""))
                        .thenComparing(e -> e.course().id()))
                .toList();
    }

    public List<CourseType> courseTypes() {
        return repos.courseTypes.findAll();
    }
}
