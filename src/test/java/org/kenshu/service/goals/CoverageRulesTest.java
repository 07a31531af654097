package org.kenshu.service.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kenshu.model.AttendanceMark.PRESENT;
import static org.kenshu.service.goals.GoalWorld.d;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.AbsenceKind;
import org.kenshu.model.EnrollmentKind;
import org.kenshu.model.EnrollmentStatus;
import org.kenshu.model.GapReason;
import org.kenshu.model.Goal;
import org.kenshu.model.GoalKind;
import org.kenshu.model.Session;
import org.kenshu.model.StaffAbsence;

/** COVERAGE: share of the staff employed on the reference date with a completion in the course set. */
class CoverageRulesTest {
    @TempDir
    Path dir;
    GoalWorld w;
    long elearning;
    long june;

    @BeforeEach
    void city() {
        w = new GoalWorld(dir);
        elearning = w.course("デジタルツール基礎研修");
        // An e-learning session: one day and a period end; a completer has one row on that day.
        june = w.session(elearning, 1, d(6, 1));
        var s = w.repos.sessions.get(june);
        w.repos.sessions.update(new Session(s.id(), s.planId(), s.courseId(), 1, null, null, null, null, null,
                d(6, 30), s.status(), null, s.version()));
    }

    @AfterEach
    void close() throws Exception {
        w.close();
    }

    private Goal coverage(Set<Long> tiers, boolean activeOnly) {
        return w.repos.goals.insert(new Goal(0, "dx", "デジタルツール基礎研修受講率", GoalKind.COVERAGE,
                new BigDecimal("0.6"), null, null, Set.of(elearning), tiers, Set.of(), null, activeOnly, null, null,
                null, "%", null, 0, 0));
    }

    @Test
    void countsStaffEmployedTodayWithACompletion() {
        long done = w.staff();
        w.staff();
        long gone = w.staff();
        w.leaves(gone, d(9, 30));
        w.marks(june, done, PRESENT);
        GoalResult r = w.result(coverage(Set.of(), true));
        assertThat(r.denominator()).isEqualTo(2);
        assertThat(r.numerator()).isEqualTo(1);
    }

    @Test
    void aCompletionInAnEarlierYearStillCounts() {
        long lastYear = w.sessionIn(2025, elearning, 1, LocalDate.of(2025, 6, 2));
        long person = w.staff();
        w.marks(lastYear, person, PRESENT);
        assertThat(w.result(coverage(Set.of(), true)).numerator()).isEqualTo(1);
    }

    @Test
    void staffOnLeaveAreLeftOutWhenTheGoalCountsActiveStaffOnly() {
        w.staff();
        long onLeave = w.staff();
        w.repos.absences.insert(new StaffAbsence(0, onLeave, AbsenceKind.CHILDCARE_LEAVE, d(4, 1), null, null, 0));
        assertThat(w.result(coverage(Set.of(), true)).denominator()).isEqualTo(1);
    }

    @Test
    void staffOnLeaveAreCountedWhenTheGoalIncludesThem() {
        w.staff();
        long onLeave = w.staff();
        w.repos.absences.insert(new StaffAbsence(0, onLeave, AbsenceKind.CHILDCARE_LEAVE, d(4, 1), null, null, 0));
        assertThat(w.result(coverage(Set.of(), false)).denominator()).isEqualTo(2);
    }

    @Test
    void aTierFilterUsesTheTierOnTheReferenceDate() {
        long promoted = w.staff();
        w.move(promoted, d(10, 1), w.jinji, w.shunin);
        w.staff();
        GoalResult r = w.result(coverage(Set.of(w.shunin), true));
        assertThat(r.denominator()).isEqualTo(1);
        assertThat(r.byTier()).extracting(Breakdown::label).containsExactly("主任級");
    }

    @Test
    void aPastYearCountsTheStaffOnItsLastDay() {
        long leftInMay = w.staff();
        w.leaves(leftInMay, LocalDate.of(2026, 5, 31));
        w.staff();
        assertThat(w.engine.compute(coverage(Set.of(), true), 2025).denominator()).isEqualTo(2);
        assertThat(w.result(w.repos.goals.findByCode("dx").orElseThrow()).denominator()).isEqualTo(1);
    }

    @Test
    void theForecastCountsEnrollmentsInSessionsStillAheadAndTheListSaysWhoIsNotEnrolled() {
        long later = w.session(elearning, 2, d(12, 1));
        long enrolled = w.staff();
        long notEnrolled = w.staff();
        w.enroll(elearning, enrolled, later, EnrollmentKind.APPLIED, EnrollmentStatus.ENROLLED);
        Goal goal = coverage(Set.of(), true);
        GoalResult r = w.result(goal);
        assertThat(r.numerator()).isZero();
        assertThat(r.forecastNumerator()).isEqualTo(1);
        assertThat(w.engine.missing(goal, GoalWorld.FY)).extracting(GapPerson::staffId, GapPerson::reason)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(enrolled, GapReason.NOT_YET_HELD),
                        org.assertj.core.groups.Tuple.tuple(notEnrolled, GapReason.NOT_ENROLLED));
    }
}
