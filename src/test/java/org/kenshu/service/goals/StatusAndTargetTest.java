package org.kenshu.service.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kenshu.model.AttendanceMark.ABSENT;
import static org.kenshu.model.AttendanceMark.PRESENT;
import static org.kenshu.service.goals.GoalWorld.d;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.GoalStatus;
import org.kenshu.model.GoalYear;

/** Status (達成 / 見込みあり / 要注意), forecast and the per-year target of decision 0016. */
class StatusAndTargetTest {
    @TempDir
    Path dir;
    GoalWorld w;
    long course;
    long june;
    long december;

    @BeforeEach
    void city() {
        w = new GoalWorld(dir);
        course = w.course("新任主任研修");
        june = w.session(course, 1, d(6, 3));
        december = w.session(course, 2, d(12, 8));
    }

    @AfterEach
    void close() throws Exception {
        w.close();
    }

    /** {@code done} completed in June, {@code ahead} nominated to December, {@code absent} missed June. */
    private void people(int done, int ahead, int absent) {
        for (int i = 0; i < done; i++) {
            long s = w.staff();
            w.nominate(course, s, june);
            w.marks(june, s, PRESENT);
        }
        for (int i = 0; i < ahead; i++) {
            w.nominate(course, w.staff(), december);
        }
        for (int i = 0; i < absent; i++) {
            long s = w.staff();
            w.nominate(course, s, june);
            w.marks(june, s, ABSENT);
        }
    }

    @Test
    void achievedWhenTheActualReachesTheTargetExactly() {
        people(9, 0, 1);
        GoalResult r = w.result(w.tierUptake());
        assertThat(r.actual()).isEqualTo(0.9);
        assertThat(r.status()).isEqualTo(GoalStatus.ACHIEVED);
    }

    @Test
    void onTrackWhenTheForecastReachesTheTargetButTheActualDoesNot() {
        people(5, 4, 1);
        GoalResult r = w.result(w.tierUptake());
        assertThat(r.actual()).isEqualTo(0.5);
        assertThat(r.forecast()).isEqualTo(0.9);
        assertThat(r.status()).isEqualTo(GoalStatus.ON_TRACK);
    }

    @Test
    void atRiskWhenEvenTheForecastFallsShort() {
        people(5, 3, 2);
        GoalResult r = w.result(w.tierUptake());
        assertThat(r.forecast()).isEqualTo(0.8);
        assertThat(r.status()).isEqualTo(GoalStatus.AT_RISK);
    }

    @Test
    void aSessionHeldTodayStillCountsInTheForecast() {
        long today = w.session(course, 3, LocalDate.of(2026, 11, 21));
        w.nominate(course, w.staff(), today);
        assertThat(w.result(w.tierUptake()).forecastNumerator()).isEqualTo(1);
    }

    @Test
    void aCancelledSessionDoesNotCountInTheForecast() {
        long cancelled = w.session(course, 4, d(1, 20));
        var s = w.repos.sessions.get(cancelled);
        w.repos.sessions.update(new org.kenshu.model.Session(s.id(), s.planId(), s.courseId(), s.sessionNo(), null,
                null, null, null, null, null, org.kenshu.model.SessionStatus.CANCELLED, null, s.version()));
        w.nominate(course, w.staff(), cancelled);
        GoalResult r = w.result(w.tierUptake());
        assertThat(r.forecastNumerator()).isZero();
        assertThat(w.engine.missing(w.repos.goals.findByCode("uptake").orElseThrow(), GoalWorld.FY))
                .extracting(GapPerson::reason).containsExactly(org.kenshu.model.GapReason.SESSION_CANCELLED);
    }

    @Test
    void anUnassignedNominationIsListedAsNotAssignedAndNotForecast() {
        w.nominate(course, w.staff(), null);
        var goal = w.tierUptake();
        assertThat(w.result(goal).forecastNumerator()).isZero();
        assertThat(w.engine.missing(goal, GoalWorld.FY)).extracting(GapPerson::reason)
                .containsExactly(org.kenshu.model.GapReason.NOT_ASSIGNED);
    }

    @Test
    void aSessionOverWithoutAnyRecordIsListedAsNoRecord() {
        w.nominate(course, w.staff(), june);
        assertThat(w.engine.missing(w.tierUptake(), GoalWorld.FY)).extracting(GapPerson::reason)
                .containsExactly(org.kenshu.model.GapReason.NO_RECORD);
    }

    @Test
    void anAbsentPersonIsListedWithTheDayTheyMissed() {
        people(0, 0, 1);
        assertThat(w.engine.missing(w.tierUptake(), GoalWorld.FY)).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(org.kenshu.model.GapReason.ABSENT);
            assertThat(p.days()).containsExactly(d(6, 3));
            assertThat(p.department()).isEqualTo("総務部 人事課");
            assertThat(p.course()).isEqualTo("新任主任研修");
        });
    }

    @Test
    void aTargetEnteredForTheYearReplacesTheGoalsTarget() {
        people(8, 0, 2);
        var goal = w.tierUptake();
        assertThat(w.result(goal).status()).isEqualTo(GoalStatus.AT_RISK);
        w.repos.goalYears.insert(new GoalYear(0, goal.id(), GoalWorld.FY, new BigDecimal("0.8"), null, null, null, 0));
        GoalResult r = w.result(goal);
        assertThat(r.target().value()).isEqualTo(0.8);
        assertThat(r.status()).isEqualTo(GoalStatus.ACHIEVED);
    }

    @Test
    void aPastYearIsMarkedEndedAndItsForecastIsItsActual() {
        long lastYear = w.sessionIn(2025, course, 1, LocalDate.of(2025, 6, 3));
        long s = w.staff();
        w.repos.enrollments.insert(org.kenshu.model.Enrollment.nominated(course, 2025, s, lastYear));
        w.marks(lastYear, s, PRESENT);
        GoalResult r = w.engine.compute(w.tierUptake(), 2025);
        assertThat(r.yearEnded()).isTrue();
        assertThat(r.forecast()).isEqualTo(r.actual()).isEqualTo(1.0);
    }
}
