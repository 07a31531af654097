package org.kenshu.service;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kenshu.model.Competency;
import org.kenshu.model.Course;
import org.kenshu.model.CourseAlias;
import org.kenshu.model.CourseType;
import org.kenshu.model.DeliveryFormat;
import org.kenshu.model.DesignationRole;
import org.kenshu.model.Direction;
import org.kenshu.model.EnrollmentMode;
import org.kenshu.model.Goal;
import org.kenshu.model.GoalKind;
import org.kenshu.model.Initiative;
import org.kenshu.model.InitiativeYear;
import org.kenshu.model.JobCategory;
import org.kenshu.model.Pillar;
import org.kenshu.model.TargetRule;
import org.kenshu.model.Tier;
import org.kenshu.model.setup.SetupDocument;
import org.kenshu.model.setup.SetupDocument.CourseSpec;
import org.kenshu.store.Repositories;

/** The parts of a setup document that refer to the structure: courses, goals and the implementation plan. */
final class CatalogSetup {
    private final Repositories repos;

    CatalogSetup(Repositories repos) {
        this.repos = repos;
    }

    void apply(SetupDocument doc, CodeIndex<Tier> tiers, CodeIndex<JobCategory> jobs,
            CodeIndex<Competency> competencies, CodeIndex<CourseType> types, CodeIndex<DesignationRole> roles) {
        var courses = new CodeIndex<>(repos.courses.findAll(), Course::name, "setup.kind.course");
        for (CourseSpec s : doc.courses()) {
            courses.put(course(s, courses.find(s.name()), null, tiers, jobs, competencies, types));
        }
        // Second pass: "not yet completed course X" may name a course defined later in the file.
        for (CourseSpec s : doc.courses()) {
            if (s.notCompleted() != null) {
                Course c = courses.require(s.name());
                courses.put(course(s, c, courses.require(s.notCompleted()).id(), tiers, jobs, competencies, types));
            }
        }
        var aliases = new CodeIndex<>(repos.courseAliases.findAll(), CourseAlias::alias, "setup.kind.course");
        for (CourseSpec s : doc.courses()) {
            for (String alias : s.aliases() == null ? List.<String>of() : s.aliases()) {
                if (aliases.find(alias) == null) {
                    aliases.put(repos.courseAliases.insert(new CourseAlias(0, courses.require(s.name()).id(), alias, 0)));
                }
            }
        }
        var pillars = pillars(doc.pillars());
        goals(doc.goals(), tiers, jobs, types, roles, courses, pillars);
    }

    private Course course(CourseSpec s, Course old, Long notCompleted, CodeIndex<Tier> tiers,
            CodeIndex<JobCategory> jobs, CodeIndex<Competency> competencies, CodeIndex<CourseType> types) {
        Long providerId = s.provider() == null ? null
                : repos.providers.findByName(s.provider())
                        .orElseThrow(() -> new SetupException("setup.unknownReference",
                                org.kenshu.model.I18n.t("setup.kind.provider"), s.provider()))
                        .id();
        var target = new TargetRule(ids(s.targetTiers(), tiers, Tier::id), ids(s.targetJobCategories(), jobs,
                JobCategory::id), s.yearsFrom(), s.yearsTo(), s.promotedWithinMonths(),
                notCompleted != null ? notCompleted : old == null ? null : old.target().notCompletedCourseId(),
                s.activeOnly() == null || s.activeOnly());
        var wanted = new Course(old == null ? 0 : old.id(), s.code(), s.name(), types.require(s.type()).id(),
                providerId, s.format() == null ? DeliveryFormat.CLASSROOM : DeliveryFormat.valueOf(s.format()),
                s.days(), s.hours(), s.capacity(), s.costPerHead(),
                s.mode() == null ? EnrollmentMode.NOMINATION : EnrollmentMode.valueOf(s.mode()), s.description(),
                target, ids(s.competencies(), competencies, Competency::id), false, old == null ? 0 : old.version());
        if (old == null) {
            return repos.courses.insert(wanted);
        }
        return sameIgnoringScale(old, wanted) ? old : repos.courses.update(wanted);
    }

    private static boolean sameIgnoringScale(Course old, Course wanted) {
        return old.equals(new Course(wanted.id(), wanted.code(), wanted.name(), wanted.courseTypeId(),
                wanted.providerId(), wanted.format(), scaled(wanted.days(), old.days()),
                scaled(wanted.hours(), old.hours()), wanted.defaultCapacity(), wanted.costPerHead(), wanted.mode(),
                wanted.description(), wanted.target(), wanted.competencyIds(), wanted.retired(), wanted.version()));
    }

    /** NUMERIC columns come back with the column's scale (3 → 3.0); compare by value. */
    private static BigDecimal scaled(BigDecimal wanted, BigDecimal stored) {
        return wanted != null && stored != null && wanted.compareTo(stored) == 0 ? stored : wanted;
    }

    private static <T> Set<Long> ids(List<String> codes, CodeIndex<T> index, Function<T, Long> id) {
        if (codes == null) {
            return Set.of();
        }
        return codes.stream().map(index::require).map(id).collect(Collectors.toCollection(HashSet::new));
    }

    private void goals(List<SetupDocument.GoalSpec> specs, CodeIndex<Tier> tiers, CodeIndex<JobCategory> jobs,
            CodeIndex<CourseType> types, CodeIndex<DesignationRole> roles, CodeIndex<Course> courses,
            CodeIndex<Pillar> pillars) {
        var index = new CodeIndex<>(repos.goals.findAll(), Goal::code, "setup.kind.goal");
        int order = index.size();
        for (var s : specs) {
            if (index.find(s.code()) != null) {
                continue; // the officer may have edited a goal: a setup document never overwrites it
            }
            order++;
            index.put(repos.goals.insert(new Goal(0, s.code(), s.name(), GoalKind.valueOf(s.kind()), s.targetRate(),
                    s.targetCount(), s.courseType() == null ? null : types.require(s.courseType()).id(),
                    ids(s.courses(), courses, Course::id), ids(s.tiers(), tiers, Tier::id),
                    ids(s.jobCategories(), jobs, JobCategory::id),
                    s.designationRole() == null ? null : roles.require(s.designationRole()).id(), true,
                    s.fiscalYearFrom(), s.fiscalYearTo(), s.pillar() == null ? null : pillars.require(s.pillar()).id(),
                    s.unit(), s.description(), order, 0)));
        }
    }

    private CodeIndex<Pillar> pillars(List<SetupDocument.PillarSpec> specs) {
        var pillars = new CodeIndex<>(repos.pillars.findAll(), Pillar::code, "setup.kind.pillar");
        var directions = new CodeIndex<>(repos.directions.findAll(), Direction::code, "setup.kind.pillar");
        var initiatives = new CodeIndex<>(repos.initiatives.findAll(), Initiative::code, "setup.kind.pillar");
        int order = 0;
        for (var p : specs) {
            Pillar pillar = pillars.find(p.code());
            if (pillar == null) {
                pillar = repos.pillars.insert(new Pillar(0, p.code(), p.name(), ++order, 0));
                pillars.put(pillar);
            }
            for (var d : p.directions() == null ? List.<SetupDocument.DirectionSpec>of() : p.directions()) {
                Direction direction = directions.find(d.code());
                if (direction == null) {
                    direction = repos.directions.insert(new Direction(0, pillar.id(), d.code(), d.name(), ++order, 0));
                    directions.put(direction);
                }
                for (var i : d.initiatives() == null ? List.<SetupDocument.InitiativeSpec>of() : d.initiatives()) {
                    if (initiatives.find(i.code()) == null) {
                        Initiative initiative = repos.initiatives.insert(
                                new Initiative(0, direction.id(), i.code(), i.name(), i.description(), ++order, 0));
                        initiatives.put(initiative);
                        years(initiative, i.years());
                    }
                }
            }
        }
        return pillars;
    }

    private void years(Initiative initiative, Map<Integer, SetupDocument.InitiativeYearSpec> years) {
        if (years == null) {
            return;
        }
        years.forEach((fy, y) -> repos.initiativeYears.insert(new InitiativeYear(0, initiative.id(), fy, y.plan(),
                y.result(), y.planCount(), y.resultCount(), y.countUnit(), y.countSource(), 0)));
    }
}
