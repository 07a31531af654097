package org.kenshu.service.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kenshu.model.AnnualPlan;
import org.kenshu.model.Competency;
import org.kenshu.model.CompetencyCategory;
import org.kenshu.model.Course;
import org.kenshu.model.CourseType;
import org.kenshu.model.FiscalYear;
import org.kenshu.model.RequirementLevel;
import org.kenshu.model.Session;
import org.kenshu.model.SessionStatus;
import org.kenshu.model.Tier;
import org.kenshu.model.TierCompetency;
import org.kenshu.service.TargetCounter;
import org.kenshu.store.Repositories;

/** The year's plan seen from the tiers: the tier curriculum and the competency coverage. */
public final class CurriculumService {
    private final Repositories repos;
    private final TargetCounter targets;

    public CurriculumService(Repositories repos, TargetCounter targets) {
        this.repos = repos;
        this.targets = targets;
    }

    public Curriculum curriculum(int fiscalYear) {
        Map<Course, Integer> planned = plannedCourses(fiscalYear);
        Map<Long, CourseType> types = repos.courseTypes.findAll().stream()
                .collect(Collectors.toMap(CourseType::id, t -> t));
        List<Curriculum.Column> columns = planned.entrySet().stream().map(e -> {
            CourseType type = types.get(e.getKey().courseTypeId());
            return new Curriculum.Column(e.getKey().id(), e.getKey().name(), type.name(), type.color(), e.getValue());
        }).toList();
        var counts = targets.count(List.copyOf(planned.keySet()), FiscalYear.of(fiscalYear).start());
        return new Curriculum(fiscalYear, tiers(), columns, counts);
    }

    public Coverage coverage(int fiscalYear) {
        List<Tier> tiers = tiers();
        Map<Key, List<String>> coursesByTierAndCompetency = new HashMap<>();
        for (Course c : plannedCourses(fiscalYear).keySet()) {
            for (Tier t : tiers) {
                if (c.target().tierIds().isEmpty() || c.target().tierIds().contains(t.id())) {
                    for (long competency : c.competencyIds()) {
                        coursesByTierAndCompetency.computeIfAbsent(new Key(t.id(), competency), k -> new ArrayList<>())
                                .add(c.name());
                    }
                }
            }
        }
        Map<Long, Map<Long, RequirementLevel>> levels = new HashMap<>();
        for (TierCompetency tc : repos.tierCompetencies.findAll()) {
            if (tc.level() != null) {
                levels.computeIfAbsent(tc.competencyId(), k -> new HashMap<>()).put(tc.tierId(), tc.level());
            }
        }
        Map<Long, String> categories = repos.competencyCategories.findAll().stream()
                .collect(Collectors.toMap(CompetencyCategory::id, CompetencyCategory::name));
        List<Coverage.Row> rows = new ArrayList<>();
        for (Competency c : repos.competencies.findAll().stream()
                .sorted(Comparator.comparingInt(Competency::sortOrder).thenComparing(Competency::id)).toList()) {
            Map<Long, Coverage.Cell> cells = new HashMap<>();
            for (Tier t : tiers) {
                RequirementLevel level = levels.getOrDefault(c.id(), Map.of()).get(t.id());
                List<String> covering = coursesByTierAndCompetency.getOrDefault(new Key(t.id(), c.id()), List.of());
                if (level != null || !covering.isEmpty()) {
                    cells.put(t.id(), new Coverage.Cell(level, covering));
                }
            }
            rows.add(new Coverage.Row(c.id(), c.categoryId() == null ? "" : categories.getOrDefault(c.categoryId(), ""),
                    c.name(), cells));
        }
        return new Coverage(fiscalYear, tiers, rows);
    }

    /** Courses with at least one planned (not cancelled) session in the year, by type order, with their session counts. */
    private Map<Course, Integer> plannedCourses(int fiscalYear) {
        Optional<AnnualPlan> plan = repos.plans.findByFiscalYear(fiscalYear);
        if (plan.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> sessions = repos.sessions.findByPlan(plan.get().id()).stream()
                .filter(s -> s.status() == SessionStatus.PLANNED)
                .collect(Collectors.groupingBy(Session::courseId, Collectors.counting()));
        Map<Long, Integer> typeOrder = repos.courseTypes.findAll().stream()
                .collect(Collectors.toMap(CourseType::id, CourseType::sortOrder));
        Map<Course, Integer> result = new LinkedHashMap<>();
        repos.courses.findAll().stream().filter(c -> sessions.containsKey(c.id()))
                .sorted(Comparator.comparing((Course c) -> typeOrder.getOrDefault(c.courseTypeId(), 0))
                        .thenComparing(Course::id))
                .forEach(c -> result.put(c, sessions.get(c.id()).intValue()));
        return result;
    }

    private List<Tier> tiers() {
        return repos.tiers.findAll().stream().filter(t -> !t.retired())
                .sorted(Comparator.comparingInt(Tier::rank)).toList();
    }

    private record Key(long tierId, long competencyId) {
    }
}
