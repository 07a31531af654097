package org.kenshu.service.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kenshu.model.AttendanceMark.ABSENT;
import static org.kenshu.model.AttendanceMark.PRESENT;
import static org.kenshu.service.goals.GoalWorld.d;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.DesignationRole;
import org.kenshu.model.Goal;
import org.kenshu.model.GoalKind;
import org.kenshu.service.DesignationService;
import org.kenshu.store.TestStore;

/** 役割・認定: granting roles (also to those who completed a course set), cohorts, HEADCOUNT counting them. */
class DesignationServiceTest {
    @TempDir
    Path dir;
    GoalWorld w;
    DesignationService designations;
    long leader;

    @BeforeEach
    void city() {
        w = new GoalWorld(dir);
        designations = new DesignationService(w.db, w.repos, TestStore.CLOCK);
        leader = w.repos.designationRoles.insert(DesignationRole.of("DX_LEADER", "DX推進リーダー", 1)).id();
    }

    @AfterEach
    void close() throws Exception {
        w.close();
    }

    @Test
    void grantingTwiceGivesTheRoleOnceAndAHeadcountGoalCountsIt() {
        long a = w.staff();
        long b = w.staff();
        assertThat(designations.grant(Set.of(a, b), leader, 2026, "1期生", d(10, 1), null)).hasSize(2);
        assertThat(designations.grant(Set.of(a), leader, 2026, "1期生", d(10, 1), null)).isEmpty();
        Goal goal = w.repos.goals.insert(new Goal(0, "dx", "DX推進リーダーの人数", GoalKind.HEADCOUNT, null, 12, null,
                Set.of(), Set.of(), Set.of(), leader, true, null, null, null, "人", null, 0, 0));
        assertThat(w.result(goal).numerator()).isEqualTo(2);
        assertThat(designations.holders(2026)).extracting(DesignationService.Holder::role)
                .containsOnly("DX推進リーダー");
    }

    @Test
    void theNextCohortFollowsTheHighestGiven() {
        assertThat(designations.nextCohort(leader)).isEqualTo("1期生");
        designations.grant(Set.of(w.staff()), leader, 2025, "1期生", null, null);
        designations.grant(Set.of(w.staff()), leader, 2026, "2期生", null, null);
        assertThat(designations.nextCohort(leader)).isEqualTo("3期生");
    }

    @Test
    void revokedDesignationsComeBackOnUndo() {
        var granted = designations.grant(Set.of(w.staff()), leader, 2026, "1期生", null, "研修修了");
        designations.revoke(granted);
        assertThat(designations.holders(2026)).isEmpty();
        designations.restore(granted);
        assertThat(designations.holders(2026)).singleElement()
                .satisfies(h -> assertThat(h.designation().note()).isEqualTo("研修修了"));
    }

    @Test
    void completersOfAllCoursesOfASetAreOffered() {
        long basic = w.course("DX基礎研修");
        long advanced = w.course("DX応用研修");
        long s1 = w.session(basic, 1, d(5, 10));
        long s2 = w.session(advanced, 1, d(9, 10), d(9, 11));
        long both = w.staff();
        long onlyBasic = w.staff();
        long absentOneDay = w.staff();
        w.marks(s1, both, PRESENT);
        w.marks(s2, both, PRESENT, PRESENT);
        w.marks(s1, onlyBasic, PRESENT);
        w.marks(s1, absentOneDay, PRESENT);
        w.marks(s2, absentOneDay, PRESENT, ABSENT);
        var all = designations.completers(Set.of(basic, advanced), true, 2026, 2026);
        assertThat(all).extracting(Completers.Completer::staffId).containsExactly(both);
        assertThat(all.getFirst().completedOn()).isEqualTo(d(9, 11));
        assertThat(designations.completers(Set.of(basic, advanced), false, 2026, 2026)).hasSize(3);
    }
}
