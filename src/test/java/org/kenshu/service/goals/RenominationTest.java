package org.kenshu.service.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kenshu.model.AttendanceMark.ABSENT;
import static org.kenshu.service.goals.GoalWorld.d;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.StaleEditException;
import org.kenshu.store.TestStore;

/** Moving a nomination from the list of the gap to a later session of the same course. */
class RenominationTest {
    @TempDir
    Path dir;
    GoalWorld w;
    Renomination renomination;
    long course;
    long june;
    long december;
    long enrollment;

    @BeforeEach
    void city() {
        w = new GoalWorld(dir);
        renomination = new Renomination(w.db, w.repos, TestStore.CLOCK);
        course = w.course("新任主任研修");
        june = w.session(course, 1, d(6, 3));
        december = w.session(course, 2, d(12, 8));
        long other = w.course("新任係長級研修");
        w.session(other, 1, d(12, 1));
        long person = w.staff();
        enrollment = w.nominate(course, person, june);
        w.marks(june, person, ABSENT);
    }

    @AfterEach
    void close() throws Exception {
        w.close();
    }

    @Test
    void onlyLaterSessionsOfTheSameCourseAreOffered() {
        assertThat(renomination.laterSessions(enrollment)).singleElement()
                .satisfies(s -> assertThat(s.sessionId()).isEqualTo(december));
    }

    @Test
    void movingPutsThePersonInTheForecastAndIsAuditedAndUndoable() {
        var goal = w.tierUptake();
        int version = w.repos.enrollments.get(enrollment).version();
        var moved = renomination.move(enrollment, version, december);
        assertThat(moved.sessionId()).isEqualTo(december);
        assertThat(w.result(goal).forecastNumerator()).isEqualTo(1);
        assertThat(w.repos.audit.latest(1).getFirst().action()).isEqualTo("RENOMINATE");
        renomination.moveBack(enrollment, moved.version(), june);
        assertThat(w.repos.enrollments.get(enrollment).sessionId()).isEqualTo(june);
        assertThat(w.result(goal).forecastNumerator()).isZero();
    }

    @Test
    void aSessionAlreadyHeldIsRefused() {
        int version = w.repos.enrollments.get(enrollment).version();
        assertThatThrownBy(() -> renomination.move(enrollment, version, june))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("これから始まる回");
    }

    @Test
    void aNominationChangedMeanwhileIsNotMoved() {
        int version = w.repos.enrollments.get(enrollment).version();
        renomination.move(enrollment, version, december);
        assertThatThrownBy(() -> renomination.moveBack(enrollment, version, june))
                .isInstanceOf(StaleEditException.class);
    }
}
