package org.kenshu.service.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kenshu.model.AttendanceMark.ABSENT;
import static org.kenshu.model.AttendanceMark.PRESENT;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.Designation;
import org.kenshu.model.DesignationRole;
import org.kenshu.model.Enrollment;
import org.kenshu.model.Goal;
import org.kenshu.model.GoalKind;
import org.kenshu.model.GoalStatus;
import org.kenshu.model.GoalYear;

/** HEADCOUNT counts holders of a role in the year; MANUAL shows the value entered; the trend looks back. */
class HeadcountManualTrendTest {
    @TempDir
    Path dir;
    GoalWorld w;

    @BeforeEach
    void city() {
        w = new GoalWorld(dir);
    }

    @AfterEach
    void close() throws Exception {
        w.close();
    }

    @Test
    void aHeadcountGoalCountsEachHolderOfTheRoleInTheYearOnce() {
        long leader = w.repos.designationRoles.insert(DesignationRole.of("DX_LEADER", "DX推進リーダー", 1)).id();
        long mentor = w.repos.designationRoles.insert(DesignationRole.of("MENTOR", "メンター", 2)).id();
        long a = w.staff();
        long b = w.staff();
        w.repos.designations.insert(new Designation(0, a, leader, GoalWorld.FY, "1期生", null, null, 0));
        w.repos.designations.insert(new Designation(0, b, leader, GoalWorld.FY, "1期生", null, null, 0));
        w.repos.designations.insert(new Designation(0, b, mentor, GoalWorld.FY, null, null, null, 0));
        w.repos.designations.insert(new Designation(0, a, leader, 2025, null, null, null, 0));
        Goal goal = w.repos.goals.insert(new Goal(0, "dx-leaders", "DX推進リーダーの人数", GoalKind.HEADCOUNT, null, 2,
                null, Set.of(), Set.of(), Set.of(), leader, true, null, null, null, "人", null, 0, 0));
        GoalResult r = w.result(goal);
        assertThat(r.numerator()).isEqualTo(2);
        assertThat(r.denominator()).isNull();
        assertThat(r.actual()).isEqualTo(2.0);
        assertThat(r.status()).isEqualTo(GoalStatus.ACHIEVED);
        assertThat(r.byTier()).singleElement().satisfies(b1 -> assertThat(b1.numerator()).isEqualTo(2));
        assertThat(w.engine.compute(goal, 2024).status()).isEqualTo(GoalStatus.AT_RISK);
    }

    @Test
    void aManualGoalShowsTheValueEnteredForTheYearWithItsSource() {
        Goal goal = w.repos.goals.insert(new Goal(0, "satisfaction", "研修満足度", GoalKind.MANUAL,
                new BigDecimal("0.8"), null, null, Set.of(), Set.of(), Set.of(), null, true, null, null, null, "%",
                null, 0, 0));
        assertThat(w.result(goal).actual()).isNull();
        assertThat(w.result(goal).status()).isEqualTo(GoalStatus.AT_RISK);
        w.repos.goalYears.insert(new GoalYear(0, goal.id(), GoalWorld.FY, null, null, new BigDecimal("0.85"),
                "職員アンケート（令和8年10月）", 0));
        GoalResult r = w.result(goal);
        assertThat(r.actual()).isEqualTo(0.85);
        assertThat(r.sourceNote()).isEqualTo("職員アンケート（令和8年10月）");
        assertThat(r.status()).isEqualTo(GoalStatus.ACHIEVED);
        assertThat(r.numerator()).isNull();
    }

    @Test
    void theTrendShowsEarlierYearsThatHaveData() {
        long course = w.course("新任主任研修");
        long s2025 = w.sessionIn(2025, course, 1, LocalDate.of(2025, 6, 3));
        long s2026 = w.session(course, 1, LocalDate.of(2026, 6, 3));
        w.sessionIn(2027, course, 1, LocalDate.of(2027, 6, 3));
        long a = w.staff();
        long b = w.staff();
        w.repos.enrollments.insert(Enrollment.nominated(course, 2025, a, s2025));
        w.repos.enrollments.insert(Enrollment.nominated(course, 2025, b, s2025));
        w.marks(s2025, a, PRESENT);
        w.marks(s2025, b, ABSENT);
        w.nominate(course, a, s2026);
        w.marks(s2026, a, PRESENT);
        var trend = w.engine.trend(w.tierUptake(), GoalWorld.FY);
        assertThat(trend).extracting(TrendPoint::fiscalYear).containsExactly(2025, 2026);
        assertThat(trend).extracting(TrendPoint::actual).containsExactly(0.5, 1.0);
        assertThat(trend.getFirst().target()).isEqualTo(0.9);
    }
}
