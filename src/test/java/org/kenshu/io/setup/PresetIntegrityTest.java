package org.kenshu.io.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.kenshu.model.CourseType;
import org.kenshu.model.GoalKind;
import org.kenshu.model.setup.SetupDocument;
import org.kenshu.model.setup.SetupDocument.CompetencySpec;
import org.kenshu.model.setup.SetupDocument.CourseSpec;
import org.kenshu.model.setup.SetupDocument.CourseTypeSpec;
import org.kenshu.model.setup.SetupDocument.DesignationRoleSpec;
import org.kenshu.model.setup.SetupDocument.DirectionSpec;
import org.kenshu.model.setup.SetupDocument.GoalSpec;
import org.kenshu.model.setup.SetupDocument.InitiativeSpec;
import org.kenshu.model.setup.SetupDocument.JobCategorySpec;
import org.kenshu.model.setup.SetupDocument.PillarSpec;
import org.kenshu.model.setup.SetupDocument.ProviderSpec;
import org.kenshu.model.setup.SetupDocument.SkillItemSpec;
import org.kenshu.model.setup.SetupDocument.TierSpec;

/** Every bundled preset parses and is internally consistent: codes unique, references resolve. */
class PresetIntegrityTest {
    static final List<String> presets = Presets.ALL;
    private static final String CODE = "[A-Z][A-Z0-9_]*";
    private static final Set<String> COURSE_TYPE_CODES = Set.of(CourseType.TIER, CourseType.SPECIAL,
            CourseType.DISPATCH, CourseType.JOINT, CourseType.OJT, CourseType.SELF_DEVELOPMENT,
            CourseType.E_LEARNING, CourseType.EXCHANGE);

    /** Jackson lets a repeated YAML key silently win; in a preset that would hide a wrong cell. */
    @ParameterizedTest
    @FieldSource("presets")
    void noKeyIsRepeated(String name) throws Exception {
        var yaml = new ObjectMapper(new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        try (var in = PresetIntegrityTest.class.getResourceAsStream("/org/kenshu/presets/" + name + ".yaml")) {
            assertThat(yaml.readTree(in)).isNotNull();
        }
    }

    @ParameterizedTest
    @FieldSource("presets")
    void organisationIsComplete(String name) {
        var org = Presets.read(name).organisation();
        assertThat(org).isNotNull();
        assertThat(org.name()).isNotNull();
        assertThat(org.eraDisplay()).isIn("JAPANESE", "WESTERN");
        assertThat(org.fiscalYearStartMonth()).isBetween(1, 12);
    }

    @ParameterizedTest
    @FieldSource("presets")
    void tiersHaveUniqueCodesNamesAndAliasesAndContiguousRanks(String name) {
        List<TierSpec> tiers = Presets.read(name).tiers();
        assertThat(tiers).extracting(TierSpec::code).allMatch(c -> c.matches(CODE)).doesNotHaveDuplicates();
        assertThat(tiers).extracting(TierSpec::name).allMatch(n -> !n.isBlank()).doesNotHaveDuplicates();
        assertThat(tiers).extracting(TierSpec::rank).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, tiers.size()).boxed().toList());
        Set<String> names = tiers.stream().map(TierSpec::name).collect(Collectors.toSet());
        List<String> aliases = tiers.stream().flatMap(t -> t.aliases() == null ? java.util.stream.Stream.<String>empty() : t.aliases().stream())
                .toList();
        assertThat(aliases).doesNotHaveDuplicates().noneMatch(names::contains);
        assertThat(tiers).allSatisfy(t -> {
            if (t.salaryGrades() != null) {
                assertThat(t.salaryGrades()).as(t.code()).matches("\\d+(-\\d+)?");
            }
        });
    }

    @ParameterizedTest
    @FieldSource("presets")
    void aTierLadderNamesAJobCategoryOfThePreset(String name) {
        SetupDocument doc = Presets.read(name);
        Set<String> jobCategories = doc.jobCategories().stream().map(JobCategorySpec::code).collect(Collectors.toSet());
        assertThat(doc.tiers()).allSatisfy(t -> {
            if (t.jobCategory() != null) {
                assertThat(jobCategories).as(t.code()).contains(t.jobCategory());
            }
        });
    }

    @ParameterizedTest
    @FieldSource("presets")
    void jobCategoriesCompetenciesAndRolesHaveUniqueCodes(String name) {
        SetupDocument doc = Presets.read(name);
        assertUniqueCodes(doc.jobCategories(), JobCategorySpec::code);
        assertThat(doc.jobCategories()).extracting(JobCategorySpec::name).doesNotHaveDuplicates();
        assertUniqueCodes(doc.competencyCategories(), c -> c.code());
        assertUniqueCodes(Presets.competencies(doc).toList(), CompetencySpec::code);
        assertThat(doc.competencyCategories()).allSatisfy(c -> assertThat(c.competencies())
                .extracting(CompetencySpec::name).allMatch(n -> !n.isBlank()).doesNotHaveDuplicates());
        assertUniqueCodes(doc.designationRoles(), DesignationRoleSpec::code);
        assertThat(doc.designationRoles()).extracting(DesignationRoleSpec::name).doesNotHaveDuplicates();
        assertThat(doc.providers()).extracting(ProviderSpec::name).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @FieldSource("presets")
    void matrixAndDescriptionsReferToExistingCompetenciesAndTiers(String name) {
        SetupDocument doc = Presets.read(name);
        Set<String> competencies = Presets.competencyCodes(doc);
        Set<String> tiers = Presets.tierCodes(doc);
        assertThat(competencies).containsAll(doc.matrix().keySet()).containsAll(doc.competencyDescriptions().keySet());
        doc.matrix().forEach((competency, row) -> row.forEach((tier, mark) -> {
            assertThat(tiers).as("matrix %s", competency).contains(tier);
            assertThat(mark).as("matrix %s/%s", competency, tier).isIn("◎", "○");
        }));
        doc.competencyDescriptions().forEach((competency, row) -> row.forEach((tier, text) -> {
            assertThat(tiers).as("description %s", competency).contains(tier);
            assertThat(text).as("description %s/%s", competency, tier).isNotBlank();
        }));
    }

    @ParameterizedTest
    @FieldSource("presets")
    void skillItemsReferToJobCategoriesAndUseItemsAToE(String name) {
        SetupDocument doc = Presets.read(name);
        Set<String> jobCategories = doc.jobCategories().stream().map(JobCategorySpec::code).collect(Collectors.toSet());
        assertThat(doc.skillItems()).allSatisfy(item -> {
            assertThat(jobCategories).contains(item.jobCategory());
            assertThat(item.code()).matches("[A-E]");
            assertThat(item.position()).isNotBlank();
            assertThat(item.name()).isNotBlank();
        });
        assertThat(doc.skillItems()).extracting(i -> i.jobCategory() + "/" + i.position() + "/" + i.code())
                .doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @FieldSource("presets")
    void courseTypesComeFromTheFixedSet(String name) {
        List<CourseTypeSpec> types = Presets.read(name).courseTypes();
        assertThat(types).isNotEmpty();
        assertThat(types).extracting(CourseTypeSpec::code).doesNotHaveDuplicates().allMatch(COURSE_TYPE_CODES::contains);
        assertThat(types).extracting(CourseTypeSpec::name).allMatch(n -> !n.isBlank()).doesNotHaveDuplicates();
        assertThat(types).extracting(CourseTypeSpec::color).allMatch(c -> c == null || c.matches("#[0-9A-Fa-f]{6}"));
    }

    @ParameterizedTest
    @FieldSource("presets")
    void coursesReferToExistingTypesProvidersTiersAndCompetencies(String name) {
        SetupDocument doc = Presets.read(name);
        Set<String> types = doc.courseTypes().stream().map(CourseTypeSpec::code).collect(Collectors.toSet());
        Set<String> providers = doc.providers().stream().map(ProviderSpec::name).collect(Collectors.toSet());
        Set<String> jobCategories = doc.jobCategories().stream().map(JobCategorySpec::code).collect(Collectors.toSet());
        assertThat(doc.courses()).extracting(CourseSpec::name).doesNotHaveDuplicates();
        assertThat(doc.courses()).allSatisfy(c -> {
            assertThat(types).contains(c.type());
            assertThat(c.provider() == null || providers.contains(c.provider())).as(c.name()).isTrue();
            assertThat(Presets.tierCodes(doc)).containsAll(orEmpty(c.targetTiers()));
            assertThat(jobCategories).containsAll(orEmpty(c.targetJobCategories()));
            assertThat(Presets.competencyCodes(doc)).containsAll(orEmpty(c.competencies()));
        });
    }

    @ParameterizedTest
    @FieldSource("presets")
    void goalsReferToExistingThingsAndHaveATargetOfTheirKind(String name) {
        SetupDocument doc = Presets.read(name);
        Set<String> types = doc.courseTypes().stream().map(CourseTypeSpec::code).collect(Collectors.toSet());
        Set<String> courses = doc.courses().stream().map(CourseSpec::name).collect(Collectors.toSet());
        Set<String> roles = doc.designationRoles().stream().map(DesignationRoleSpec::code).collect(Collectors.toSet());
        Set<String> pillars = doc.pillars().stream().map(PillarSpec::code).collect(Collectors.toSet());
        Set<String> jobCategories = doc.jobCategories().stream().map(JobCategorySpec::code).collect(Collectors.toSet());
        assertThat(doc.goals()).extracting(GoalSpec::code).allMatch(c -> c.matches("[A-Za-z0-9_-]+"))
                .doesNotHaveDuplicates();
        assertThat(doc.goals()).allSatisfy(g -> {
            GoalKind kind = GoalKind.valueOf(g.kind());
            assertThat(g.courseType() == null || types.contains(g.courseType())).as(g.code()).isTrue();
            assertThat(courses).containsAll(orEmpty(g.courses()));
            assertThat(Presets.tierCodes(doc)).containsAll(orEmpty(g.tiers()));
            assertThat(jobCategories).containsAll(orEmpty(g.jobCategories()));
            assertThat(g.designationRole() == null || roles.contains(g.designationRole())).as(g.code()).isTrue();
            assertThat(g.pillar() == null || pillars.contains(g.pillar())).as(g.code()).isTrue();
            if (g.fiscalYearFrom() != null && g.fiscalYearTo() != null) {
                assertThat(g.fiscalYearFrom()).isLessThanOrEqualTo(g.fiscalYearTo());
            }
            switch (kind) {
                case UPTAKE, COVERAGE -> {
                    assertThat(g.courseType() != null || !orEmpty(g.courses()).isEmpty()).as(g.code()).isTrue();
                    assertRate(g);
                }
                case HEADCOUNT -> {
                    assertThat(g.targetCount()).as(g.code()).isPositive();
                    assertThat(g.designationRole()).as(g.code()).isNotNull();
                }
                case MANUAL -> assertThat(g.targetRate() != null || g.targetCount() != null).as(g.code()).isTrue();
            }
        });
    }

    @ParameterizedTest
    @FieldSource("presets")
    void everyPresetCarriesTheTierUptakeGoal(String name) {
        GoalSpec goal = Presets.read(name).goals().stream().filter(g -> g.code().equals("tier-uptake")).findFirst()
                .orElseThrow();
        assertThat(goal.kind()).isEqualTo("UPTAKE");
        assertThat(goal.targetRate()).isEqualByComparingTo("0.9");
        assertThat(goal.courseType()).isEqualTo(CourseType.TIER);
        assertThat(goal.name()).endsWith("階層別研修の受講率");
    }

    @ParameterizedTest
    @FieldSource("presets")
    void pillarsDirectionsAndInitiativesHaveUniqueCodesAndSensibleYears(String name) {
        SetupDocument doc = Presets.read(name);
        assertUniqueCodes(doc.pillars(), PillarSpec::code);
        assertUniqueCodes(doc.pillars().stream().flatMap(p -> p.directions().stream()).toList(), DirectionSpec::code);
        List<InitiativeSpec> initiatives = Presets.initiatives(doc).toList();
        assertUniqueCodes(initiatives, InitiativeSpec::code);
        assertThat(initiatives).allSatisfy(i -> i.years().forEach((year, y) -> {
            assertThat(year).as(i.code()).isBetween(2000, 2100);
            assertThat(y.plan() != null || y.result() != null).as("%s %d", i.code(), year).isTrue();
            if (y.planCount() != null || y.resultCount() != null) {
                assertThat(y.countUnit()).as("%s %d", i.code(), year).isNotBlank();
            }
        }));
    }

    @ParameterizedTest
    @FieldSource("presets")
    void freeTextsAreShortSingleLines(String name) {
        List<String> texts = new ArrayList<>();
        SetupDocument doc = Presets.read(name);
        doc.tiers().forEach(t -> texts.add(t.description()));
        doc.competencyCategories().forEach(c -> texts.add(c.description()));
        Presets.competencies(doc).forEach(c -> texts.add(c.description()));
        doc.competencyDescriptions().values().forEach(row -> texts.addAll(row.values()));
        doc.skillItems().forEach(s -> texts.add(s.description()));
        doc.goals().forEach(g -> texts.add(g.description()));
        Presets.initiatives(doc).forEach(i -> texts.add(i.description()));
        assertThat(texts).filteredOn(t -> t != null).allSatisfy(t -> assertThat(t).doesNotContain("\n").hasSizeLessThanOrEqualTo(60));
        Presets.initiatives(doc).flatMap(i -> i.years().values().stream())
                .flatMap(y -> Arrays.asList(y.plan(), y.result()).stream()).filter(t -> t != null)
                .forEach(t -> assertThat(t).doesNotContain("\n").hasSizeLessThanOrEqualTo(100));
    }

    @Test
    void emptyPresetHasOnlyTheStandardCourseTypesAndTheTierUptakeGoal() {
        SetupDocument empty = Presets.read("empty");
        assertThat(empty.organisation().name()).isEmpty();
        assertThat(empty.tiers()).isEmpty();
        assertThat(empty.jobCategories()).isEmpty();
        assertThat(empty.competencyCategories()).isEmpty();
        assertThat(empty.matrix()).isEmpty();
        assertThat(empty.skillItems()).isEmpty();
        assertThat(empty.pillars()).isEmpty();
        Map<String, String> names = empty.courseTypes().stream()
                .collect(Collectors.toMap(CourseTypeSpec::code, CourseTypeSpec::name));
        assertThat(names).containsExactlyInAnyOrderEntriesOf(Map.of("TIER", "階層別研修", "SPECIAL", "特別研修",
                "DISPATCH", "派遣研修", "JOINT", "合同研修", "OJT", "職場研修(OJT)", "SELF_DEVELOPMENT", "自己啓発",
                "E_LEARNING", "eラーニング", "EXCHANGE", "人事交流"));
        assertThat(empty.goals()).extracting(GoalSpec::code).containsExactly("tier-uptake");
    }

    @Test
    void cityPresetsAreNamedAfterTheirCity() {
        assertThat(Presets.CITIES).extracting(n -> Presets.read(n).organisation().name())
                .containsExactly("入間市", "士別市", "小千谷市", "厚木市", "清瀬市");
    }

    private static void assertRate(GoalSpec g) {
        assertThat(g.targetRate()).as(g.code()).isNotNull().isGreaterThan(BigDecimal.ZERO)
                .isLessThanOrEqualTo(BigDecimal.ONE);
    }

    private static <T> void assertUniqueCodes(List<T> items, Function<T, String> code) {
        List<String> codes = items.stream().map(code).toList();
        assertThat(codes).allMatch(c -> c != null && c.matches("[A-Za-z0-9_-]+")).doesNotHaveDuplicates();
        assertThat(new HashSet<>(codes)).hasSameSizeAs(codes);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
