package org.kenshu.service.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kenshu.model.AttendanceMark.ABSENT;
import static org.kenshu.model.AttendanceMark.PRESENT;
import static org.kenshu.service.goals.GoalWorld.d;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kenshu.model.Designation;
import org.kenshu.model.DesignationRole;
import org.kenshu.model.GapReason;
import org.kenshu.model.Goal;
import org.kenshu.model.GoalKind;
import org.kenshu.store.Database;
import org.kenshu.store.Repositories;
import org.kenshu.store.TestStore;

/** The goal queries (correlated assignment lookup, grouped attendance) also run on PostgreSQL. */
class GoalEnginePostgresTest {
    static EmbeddedPostgres postgres;
    static GoalWorld w;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        Database db = Database.openPostgres(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        w = new GoalWorld(db, new Repositories(db.dsl(), TestStore.CLOCK, "tester"), db);
    }

    @AfterAll
    static void stop() throws Exception {
        w.close();
        postgres.close();
    }

    @Test
    void everyKindOfGoalCountsOnPostgres() {
        long course = w.course("新任主任研修");
        long june = w.session(course, 1, d(6, 3), d(6, 4));
        long december = w.session(course, 2, d(12, 8));
        long done = w.staff();
        long absent = w.staff();
        long ahead = w.staff(d(7, 1), w.shimin, w.shunin);
        w.nominate(course, done, june);
        w.nominate(course, absent, june);
        w.nominate(course, ahead, december);
        w.marks(june, done, PRESENT, PRESENT);
        w.marks(june, absent, PRESENT, ABSENT);
        Goal uptake = w.tierUptake();
        GoalResult r = w.result(uptake);
        assertThat(r.numerator()).isEqualTo(1);
        assertThat(r.denominator()).isEqualTo(3);
        assertThat(r.forecastNumerator()).isEqualTo(2);
        assertThat(r.byTier()).extracting(Breakdown::label).containsExactly("主事・主事補級", "主任級");
        assertThat(w.engine.missing(uptake, GoalWorld.FY)).extracting(GapPerson::reason)
                .containsExactlyInAnyOrder(GapReason.PARTIAL, GapReason.NOT_YET_HELD);

        Goal coverage = w.repos.goals.insert(new Goal(0, "cov", "受講率", GoalKind.COVERAGE, new BigDecimal("0.6"),
                null, null, Set.of(course), Set.of(), Set.of(), null, true, null, null, null, "%", null, 0, 0));
        assertThat(w.result(coverage).numerator()).isEqualTo(1);
        assertThat(w.result(coverage).denominator()).isEqualTo(3);

        long role = w.repos.designationRoles.insert(DesignationRole.of("DX_LEADER", "DX推進リーダー", 1)).id();
        w.repos.designations.insert(new Designation(0, done, role, GoalWorld.FY, "1期生", null, null, 0));
        Goal headcount = w.repos.goals.insert(new Goal(0, "dx", "DX推進リーダー", GoalKind.HEADCOUNT, null, 1, null,
                Set.of(), Set.of(), Set.of(), role, true, null, null, null, "人", null, 0, 0));
        assertThat(w.result(headcount).numerator()).isEqualTo(1);
        assertThat(w.engine.trend(uptake, GoalWorld.FY)).hasSize(1);
    }
}
