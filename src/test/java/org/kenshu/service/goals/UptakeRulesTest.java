package org.kenshu.service.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kenshu.model.AttendanceMark.ABSENT;
import static org.kenshu.model.AttendanceMark.LATE;
import static org.kenshu.model.AttendanceMark.LEFT_EARLY;
import static org.kenshu.model.AttendanceMark.PRESENT;
import static org.kenshu.service.goals.GoalWorld.d;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.EnrollmentKind;
import org.kenshu.model.EnrollmentStatus;
import org.kenshu.model.GapReason;
import org.kenshu.model.Organisation;

/** Each rule of DESIGN.md §5 for UPTAKE goals, on a city of a handful of people. */
class UptakeRulesTest {
    @TempDir
    Path dir;
    GoalWorld w;
    long course;
    long june;

    @BeforeEach
    void city() {
        w = new GoalWorld(dir);
        course = w.course("新任主任研修");
        june = w.session(course, 1, d(6, 3), d(6, 4));
    }

    @AfterEach
    void close() throws Exception {
        w.close();
    }

    @Test
    void aNominationCompletedOnEveryDayCountsInTheNumerator() {
        long done = w.staff();
        long absent = w.staff();
        w.nominate(course, done, june);
        w.nominate(course, absent, june);
        w.marks(june, done, PRESENT, PRESENT);
        w.marks(june, absent, ABSENT, ABSENT);
        GoalResult r = w.result(w.tierUptake());
        assertThat(r.numerator()).isEqualTo(1);
        assertThat(r.denominator()).isEqualTo(2);
        assertThat(r.actual()).isEqualTo(0.5);
    }

    @Test
    void exemptNominationsLeaveTheDenominator() {
        long done = w.staff();
        long exempt = w.staff();
        w.nominate(course, done, june);
        w.enroll(course, exempt, june, EnrollmentKind.NOMINATED, EnrollmentStatus.EXEMPT);
        w.marks(june, done, PRESENT, PRESENT);
        GoalResult r = w.result(w.tierUptake());
        assertThat(r.denominator()).isEqualTo(1);
        assertThat(r.numerator()).isEqualTo(1);
    }

    @Test
    void staffWhoLeftBeforeTheirSessionBeganAreNotCountedButThoseWhoLeftAfterAre() {
        long leftBefore = w.staff();
        long leftOnTheFirstDay = w.staff();
        w.nominate(course, leftBefore, june);
        w.nominate(course, leftOnTheFirstDay, june);
        w.leaves(leftBefore, d(6, 2));
        w.leaves(leftOnTheFirstDay, d(6, 3));
        GoalResult r = w.result(w.tierUptake());
        assertThat(r.denominator()).isEqualTo(1);
        assertThat(r.numerator()).isZero();
    }

    @Test
    void withoutASessionTheCoursesFirstSessionDecidesWhetherSomeoneLeftBefore() {
        long unassigned = w.staff();
        w.nominate(course, unassigned, null);
        w.leaves(unassigned, d(5, 31));
        assertThat(w.result(w.tierUptake()).denominator()).isZero();
    }

    @Test
    void aMultiDaySessionWithOneAbsentDayIsNotCompletedAndTheListSaysWhichDay() {
        long partial = w.staff();
        w.nominate(course, partial, june);
        w.marks(june, partial, PRESENT, ABSENT);
        var goal = w.tierUptake();
        assertThat(w.result(goal).numerator()).isZero();
        assertThat(w.engine.missing(goal, GoalWorld.FY)).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(GapReason.PARTIAL);
            assertThat(p.days()).containsExactly(d(6, 4));
            assertThat(p.sessionNo()).isEqualTo(1);
        });
    }

    @Test
    void aMissingDayIsNotCompletedEither() {
        long oneDay = w.staff();
        w.nominate(course, oneDay, june);
        w.marks(june, oneDay, PRESENT);
        var goal = w.tierUptake();
        assertThat(w.result(goal).numerator()).isZero();
        assertThat(w.engine.missing(goal, GoalWorld.FY).getFirst().days()).containsExactly(d(6, 4));
    }

    @Test
    void lateAndLeftEarlyCountAsAttendedUnlessTheOrganisationSaysOtherwise() {
        long late = w.staff();
        long early = w.staff();
        w.nominate(course, late, june);
        w.nominate(course, early, june);
        w.marks(june, late, LATE, PRESENT);
        w.marks(june, early, PRESENT, LEFT_EARLY);
        var goal = w.tierUptake();
        assertThat(w.result(goal).numerator()).isEqualTo(2);

        Organisation o = w.repos.organisation.find().orElseThrow();
        w.repos.organisation.save(new Organisation(o.name(), o.preset(), o.eraDisplay(), o.fiscalYearStartMonth(),
                o.yearEndClosureStart(), o.yearEndClosureEnd(), false, true, o.minimumSessionSize(), o.version()));
        assertThat(w.result(goal).numerator()).isEqualTo(1);
        assertThat(w.engine.missing(goal, GoalWorld.FY)).singleElement().satisfies(p -> {
            assertThat(p.staffId()).isEqualTo(late);
            assertThat(p.reason()).isEqualTo(GapReason.NOT_COUNTED);
            assertThat(p.days()).containsExactly(d(6, 3));
        });
    }

    @Test
    void walkInsAndApplicationsDoNotChangeTheGoal() {
        long nominated = w.staff();
        long walkIn = w.staff();
        long applied = w.staff();
        w.nominate(course, nominated, june);
        w.enroll(course, walkIn, june, EnrollmentKind.WALK_IN, EnrollmentStatus.ENROLLED);
        w.enroll(course, applied, june, EnrollmentKind.APPLIED, EnrollmentStatus.ENROLLED);
        w.marks(june, walkIn, PRESENT, PRESENT);
        w.marks(june, applied, PRESENT, PRESENT);
        GoalResult r = w.result(w.tierUptake());
        assertThat(r.numerator()).isZero();
        assertThat(r.denominator()).isEqualTo(1);
    }

    @Test
    void completingAnotherSessionOfTheSameCourseInTheYearCounts() {
        long july = w.session(course, 2, d(7, 8), d(7, 9));
        long person = w.staff();
        w.nominate(course, person, june);
        w.marks(june, person, ABSENT, ABSENT);
        w.marks(july, person, PRESENT, PRESENT);
        assertThat(w.result(w.tierUptake()).numerator()).isEqualTo(1);
    }

    @Test
    void aCompletionInAnotherFiscalYearDoesNotCount() {
        long lastYear = w.sessionIn(2025, course, 1, LocalDate.of(2025, 6, 3), LocalDate.of(2025, 6, 4));
        long person = w.staff();
        w.nominate(course, person, june);
        w.marks(lastYear, person, PRESENT, PRESENT);
        assertThat(w.result(w.tierUptake()).numerator()).isZero();
    }

    @Test
    void byTierUsesTheTierOnAprilFirstNotAPromotionLaterInTheYear() {
        long promoted = w.staff();
        w.move(promoted, d(10, 1), w.jinji, w.shunin);
        w.nominate(course, promoted, june);
        w.marks(june, promoted, PRESENT, PRESENT);
        GoalResult r = w.result(w.tierUptake());
        assertThat(r.byTier()).singleElement().satisfies(b -> {
            assertThat(b.label()).isEqualTo("主事・主事補級");
            assertThat(b.numerator()).isEqualTo(1);
            assertThat(b.denominator()).isEqualTo(1);
        });
    }

    @Test
    void someoneHiredMidYearIsGroupedByTheirTierAndDepartmentOnTheHireDate() {
        long hired = w.staff(d(7, 1), w.shimin, w.shunin);
        w.move(hired, d(10, 1), w.jinji, w.shuji);
        w.nominate(course, hired, june);
        GoalResult r = w.result(w.tierUptake());
        assertThat(r.byTier()).extracting(Breakdown::label).containsExactly("主任級");
        assertThat(r.byDepartment()).extracting(Breakdown::label).containsExactly("市民部");
    }

    @Test
    void byDepartmentGroupsByTheTopLevelDepartment() {
        long inJinji = w.staff();
        long inShimin = w.staff(LocalDate.of(2019, 4, 1), w.shimin, w.shuji);
        w.nominate(course, inJinji, june);
        w.nominate(course, inShimin, june);
        w.marks(june, inJinji, PRESENT, PRESENT);
        GoalResult r = w.result(w.tierUptake());
        assertThat(r.byDepartment()).extracting(Breakdown::label).containsExactly("総務部", "市民部");
        assertThat(r.byDepartment().getFirst().actual()).isEqualTo(1.0);
        assertThat(r.byDepartment().get(1).actual()).isEqualTo(0.0);
    }

    @Test
    void aNominationMovedToALaterSessionCountsInTheForecastUntilThatSessionIsHeld() {
        long december = w.session(course, 2, d(12, 8), d(12, 9));
        long person = w.staff();
        long enrollment = w.nominate(course, person, june);
        w.marks(june, person, ABSENT, ABSENT);
        var goal = w.tierUptake();
        assertThat(w.result(goal).forecastNumerator()).isZero();

        var e = w.repos.enrollments.get(enrollment);
        w.repos.enrollments.update(new org.kenshu.model.Enrollment(e.id(), e.courseId(), e.fiscalYear(), e.staffId(),
                december, e.kind(), e.status(), e.statusReason(), e.appliedOn(), e.importBatchId(), e.version()));
        GoalResult r = w.result(goal);
        assertThat(r.numerator()).isZero();
        assertThat(r.forecastNumerator()).isEqualTo(1);
        assertThat(w.engine.missing(goal, GoalWorld.FY)).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(GapReason.NOT_YET_HELD);
            assertThat(p.sessionNo()).isEqualTo(2);
            assertThat(p.days()).containsExactly(d(12, 8), d(12, 9));
        });
    }

    @Test
    void aPersonWhoLeftBeforeTheLaterSessionTheyWereMovedToIsNotCounted() {
        long february = w.session(course, 3, d(2, 9));
        long person = w.staff();
        w.nominate(course, person, february);
        w.leaves(person, d(12, 31));
        assertThat(w.result(w.tierUptake()).denominator()).isZero();
    }

    @Test
    void aGoalOverAListOfCoursesCountsOnlyThoseCourses() {
        long other = w.course("新任係長級研修");
        long otherSession = w.session(other, 1, d(5, 12));
        long a = w.staff();
        long b = w.staff();
        w.nominate(course, a, june);
        w.nominate(other, b, otherSession);
        w.marks(otherSession, b, PRESENT);
        GoalResult r = w.result(w.uptake(Set.of(other)));
        assertThat(r.denominator()).isEqualTo(1);
        assertThat(r.numerator()).isEqualTo(1);
    }

    @Test
    void withoutNominationsTheActualIsNullAndTheGoalNeedsAttention() {
        GoalResult r = w.result(w.tierUptake());
        assertThat(r.denominator()).isZero();
        assertThat(r.actual()).isNull();
        assertThat(r.forecast()).isNull();
        assertThat(r.status()).isEqualTo(org.kenshu.model.GoalStatus.AT_RISK);
    }
}
