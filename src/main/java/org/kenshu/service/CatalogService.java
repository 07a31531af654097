package org.kenshu.service;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kenshu.model.Competency;
import org.kenshu.model.CompetencyCategory;
import org.kenshu.model.CourseType;
import org.kenshu.model.Provider;
import org.kenshu.model.Tier;
import org.kenshu.service.catalog.CatalogChoices;
import org.kenshu.service.catalog.ProviderService;
import org.kenshu.store.Repositories;

/** The course catalog (研修カタログ). */
public final class CatalogService {
    private final Repositories repos;
    private final ProviderService providers;

    public CatalogService(Repositories repos, ProviderService providers) {
        this.repos = repos;
        this.providers = providers;
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
                // within a type, the order the courses were set up in (codes are arbitrary labels)
                .sorted(Comparator.comparing((CourseEntry e) -> types.get(e.course().courseTypeId()).sortOrder())
                        .thenComparing(e -> e.course().id()))
                .toList();
    }

    public List<CourseType> courseTypes() {
        return repos.courseTypes.findAll();
    }

    /** What the course form offers: types, providers, tiers, job categories, competencies and courses. */
    public CatalogChoices choices() {
        Map<Long, CompetencyCategory> categories = RosterService.byId(repos.competencyCategories.findAll(),
                CompetencyCategory::id);
        List<CatalogChoices.CompetencyChoice> competencies = repos.competencies.findAll().stream()
                .sorted(Comparator.comparing(Competency::sortOrder).thenComparing(Competency::id))
                .map(c -> new CatalogChoices.CompetencyChoice(c.id(),
                        c.categoryId() == null ? "" : categories.get(c.categoryId()).name(), c.name()))
                .toList();
        List<Tier> tiers = repos.tiers.findAll().stream().filter(t -> !t.retired())
                .sorted(Comparator.comparingInt(Tier::rank)).toList();
        return new CatalogChoices(repos.courseTypes.findAll(), providers.providers(), tiers,
                repos.jobCategories.findAll().stream().filter(j -> !j.retired()).toList(), competencies,
                courses().stream().map(CourseEntry::course).toList());
    }
}
