package org.kenshu.service.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.AnnualPlan;
import org.kenshu.model.Course;
import org.kenshu.model.CourseType;
import org.kenshu.model.DeliveryFormat;
import org.kenshu.model.EnrollmentMode;
import org.kenshu.model.Session;
import org.kenshu.model.StaleEditException;
import org.kenshu.model.TargetRule;
import org.kenshu.model.Tier;
import org.kenshu.service.RefusedException;
import org.kenshu.store.TestStore;

class CourseEditServiceTest {
    @TempDir
    Path dir;
    TestStore store;
    CourseEditService courses;
    CourseType tierType;
    Tier shunin;

    @BeforeEach
    void open() {
        store = new TestStore(dir);
        courses = new CourseEditService(store.db, store.repos);
        tierType = store.repos.courseTypes.insert(CourseType.of("TIER", "階層別研修", "#1F4E79", 1));
        shunin = store.repos.tiers.insert(Tier.of("SHUNIN", "主任級", 2));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Course course(String name) {
        return new Course(0, null, name, tierType.id(), null, DeliveryFormat.CLASSROOM, new BigDecimal("2"),
                new BigDecimal("13"), 20, 3000, EnrollmentMode.NOMINATION, null,
                new TargetRule(Set.of(shunin.id()), Set.of(), 3, 5, 12, null, true), Set.of(), false, 0);
    }

    @Test
    void aNewCourseIsStoredWithItsTargetRuleAliasesAndAnAuditEntry() {
        CourseDetail saved = courses.save(course("新任主任研修"), List.of("主任研修", " 主任研修 ", ""));
        assertThat(saved.course().id()).isPositive();
        assertThat(saved.course().target().promotedWithinMonths()).isEqualTo(12);
        assertThat(saved.course().target().tierIds()).containsExactly(shunin.id());
        assertThat(saved.aliases()).containsExactly("主任研修");
        assertThat(store.repos.audit.latest(1).getFirst().action()).isEqualTo("INSERT");
    }

    @Test
    void anAliasAnotherCourseAnswersToIsRefusedEvenWrittenDifferently() {
        courses.save(course("新任主任研修"), List.of("主任研修"));
        Course other = courses.save(course("主任級研修"), List.of()).course();
        assertThatThrownBy(() -> courses.save(other, List.of("主任　研修")))
                .isInstanceOf(RefusedException.class).hasMessageContaining("新任主任研修");
        assertThatThrownBy(() -> courses.save(other, List.of("新任主任研修")))
                .isInstanceOf(RefusedException.class);
        assertThat(courses.detail(other.id()).aliases()).isEmpty();
    }

    @Test
    void aNameTakenByAnotherCourseOrAliasIsRefused() {
        courses.save(course("新任主任研修"), List.of("主任研修"));
        assertThatThrownBy(() -> courses.save(course("主任研修"), List.of())).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> courses.save(course("新任主任研修"), List.of())).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> courses.save(course("  "), List.of())).isInstanceOf(RefusedException.class);
    }

    @Test
    void reversedYearsAndNegativeNumbersAreRefused() {
        Course c = course("新任主任研修");
        Course reversed = new Course(0, null, c.name(), c.courseTypeId(), null, c.format(), c.days(), c.hours(),
                c.defaultCapacity(), c.costPerHead(), c.mode(), null,
                new TargetRule(Set.of(), Set.of(), 5, 3, null, null, true), Set.of(), false, 0);
        assertThatThrownBy(() -> courses.save(reversed, List.of())).hasMessageContaining("逆");
        Course negative = new Course(0, null, c.name(), c.courseTypeId(), null, c.format(), c.days(), c.hours(),
                -1, c.costPerHead(), c.mode(), null, c.target(), Set.of(), false, 0);
        assertThatThrownBy(() -> courses.save(negative, List.of())).isInstanceOf(RefusedException.class);
    }

    @Test
    void editingReplacesTheAliasesAndChecksTheVersion() {
        CourseDetail first = courses.save(course("新任主任研修"), List.of("主任研修", "新任主任"));
        CourseDetail second = courses.save(first.course(), List.of("新任主任", "主任になった人の研修"));
        assertThat(second.aliases()).containsExactlyInAnyOrder("新任主任", "主任になった人の研修");
        assertThatThrownBy(() -> courses.save(first.course(), List.of()))
                .isInstanceOfSatisfying(StaleEditException.class,
                        e -> assertThat(((Course) e.stored()).version()).isEqualTo(second.course().version()));
    }

    @Test
    void aCopyKeepsTheRuleUnderANameOfItsOwnWithoutAliases() {
        CourseDetail original = courses.save(course("新任主任研修"), List.of("主任研修"));
        CourseDetail copy = courses.copy(original.course().id());
        CourseDetail again = courses.copy(original.course().id());
        assertThat(copy.course().name()).isEqualTo("新任主任研修のコピー");
        assertThat(again.course().name()).isEqualTo("新任主任研修のコピー (2)");
        assertThat(copy.course().target()).isEqualTo(original.course().target());
        assertThat(copy.course().hours()).isEqualByComparingTo("13");
        assertThat(copy.aliases()).isEmpty();
    }

    @Test
    void aRetiredCourseKeepsItsSessionsAndCanBeBroughtBack() {
        Course saved = courses.save(course("新任主任研修"), List.of()).course();
        AnnualPlan plan = store.repos.plans.insert(AnnualPlan.draft(2025));
        store.repos.sessions.insert(Session.of(plan.id(), saved.id(), 1));
        Course retired = courses.setRetired(saved, true);
        assertThat(retired.retired()).isTrue();
        assertThat(store.repos.sessions.findByPlan(plan.id())).hasSize(1);
        assertThatThrownBy(() -> courses.delete(retired)).hasMessageContaining("廃止");
        assertThat(courses.setRetired(retired, false).retired()).isFalse();
    }

    @Test
    void aCourseNothingRefersToCanBeDeletedToUndoItsCreation() {
        CourseDetail saved = courses.save(course("新任主任研修"), List.of("主任研修"));
        courses.delete(saved.course());
        assertThat(store.repos.courses.findAll()).isEmpty();
        assertThat(store.repos.courseAliases.findAll()).isEmpty();
    }
}
