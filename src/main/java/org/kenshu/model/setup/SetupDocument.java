package org.kenshu.model.setup;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An organisation's structure as a data file a person can read and edit (YAML): the five city
 * presets and the sample city are such files, so a city can be added without programming.
 * References between sections use codes (tiers, competencies, job categories, course types)
 * or names (providers, courses). Every section is optional.
 *
 * <p>{@code matrix} maps competency code → tier code → "◎" or "○"; {@code competencyDescriptions}
 * maps competency code → tier code → the text that tier is expected to show.
 */
public record SetupDocument(
        OrganisationSpec organisation,
        String source,
        List<TierSpec> tiers,
        List<JobCategorySpec> jobCategories,
        List<CompetencyCategorySpec> competencyCategories,
        Map<String, Map<String, String>> matrix,
        Map<String, Map<String, String>> competencyDescriptions,
        List<SkillItemSpec> skillItems,
        List<CourseTypeSpec> courseTypes,
        List<ProviderSpec> providers,
        List<DesignationRoleSpec> designationRoles,
        List<CourseSpec> courses,
        List<GoalSpec> goals,
        List<PillarSpec> pillars) {

    public SetupDocument {
        tiers = nonNull(tiers);
        jobCategories = nonNull(jobCategories);
        competencyCategories = nonNull(competencyCategories);
        matrix = matrix == null ? Map.of() : matrix;
        competencyDescriptions = competencyDescriptions == null ? Map.of() : competencyDescriptions;
        skillItems = nonNull(skillItems);
        courseTypes = nonNull(courseTypes);
        providers = nonNull(providers);
        designationRoles = nonNull(designationRoles);
        courses = nonNull(courses);
        goals = nonNull(goals);
        pillars = nonNull(pillars);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** City name, era display (JAPANESE/WESTERN), fiscal-year start month. */
    public record OrganisationSpec(String name, String eraDisplay, Integer fiscalYearStartMonth) {
    }

    /**
     * A tier; {@code aliases} are other spellings rosters use (「主任」 for 「主任級」). {@code jobCategory}
     * (optional) is the code of the job category whose own ladder the tier belongs to; absent: the
     * common ladder.
     */
    public record TierSpec(String code, String name, int rank, String salaryGrades, String description,
            List<String> aliases, String jobCategory) {
    }

    /** A job category; {@code description} (optional) says what it is about. */
    public record JobCategorySpec(String code, String name, String description) {
    }

    public record CompetencyCategorySpec(String code, String name, String description,
            List<CompetencySpec> competencies) {
    }

    public record CompetencySpec(String code, String name, String description) {
    }

    /** A skill-map item: job category code, position group (「管理・監督職」), item code A–E. */
    public record SkillItemSpec(String jobCategory, String position, String code, String name,
            String description) {
    }

    public record CourseTypeSpec(String code, String name, String color) {
    }

    public record ProviderSpec(String name, boolean internal, String note) {
    }

    public record DesignationRoleSpec(String code, String name) {
    }

    /**
     * A catalog course. {@code type} is a course-type code, {@code provider} a provider name,
     * {@code format} CLASSROOM/ONLINE/E_LEARNING, {@code mode} NOMINATION/APPLICATION,
     * {@code notCompleted} the name of a course the target must not have completed yet.
     */
    public record CourseSpec(String name, String code, String type, String provider, String format,
            BigDecimal days, BigDecimal hours, Integer capacity, Integer costPerHead, String mode,
            List<String> targetTiers, List<String> targetJobCategories, Integer yearsFrom, Integer yearsTo,
            Integer promotedWithinMonths, String notCompleted, Boolean activeOnly, List<String> competencies,
            List<String> aliases, String description) {
    }

    /**
     * A goal: {@code kind} UPTAKE/COVERAGE/HEADCOUNT/MANUAL; rate targets as fractions (0.9);
     * course set by {@code courseType} code or {@code courses} names; population by tier and job
     * category codes; {@code designationRole} code for HEADCOUNT.
     */
    public record GoalSpec(String code, String name, String kind, BigDecimal targetRate, Integer targetCount,
            String courseType, List<String> courses, List<String> tiers, List<String> jobCategories,
            String designationRole, Integer fiscalYearFrom, Integer fiscalYearTo, String pillar, String unit,
            String description) {
    }

    public record PillarSpec(String code, String name, List<DirectionSpec> directions) {
    }

    public record DirectionSpec(String code, String name, List<InitiativeSpec> initiatives) {
    }

    /** An initiative with its 計画/実績 per fiscal year (western year as key). */
    public record InitiativeSpec(String code, String name, String description, Map<Integer, InitiativeYearSpec> years) {
    }

    public record InitiativeYearSpec(String plan, String result, Integer planCount, Integer resultCount,
            String countUnit, String countSource) {
    }
}
