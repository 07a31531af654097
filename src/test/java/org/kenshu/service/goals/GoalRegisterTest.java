package org.kenshu.service.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.Goal;
import org.kenshu.model.GoalKind;
import org.kenshu.model.GoalYear;
import org.kenshu.model.StaleEditException;

/** Editing the goal register: validation, versions, per-year values, delete and restore. */
class GoalRegisterTest {
    @TempDir
    Path dir;
    GoalWorld w;
    GoalRegister register;

    @BeforeEach
    void city() {
        w = new GoalWorld(dir);
        register = new GoalRegister(w.db, w.repos);
    }

    @AfterEach
    void close() throws Exception {
        w.close();
    }

    private Goal goal(String code, GoalKind kind, BigDecimal rate, Integer count, Long type) {
        return new Goal(0, code, "目標 " + code, kind, rate, count, type, Set.of(), Set.of(), Set.of(), null, true,
                2026, 2028, null, "%", null, 0, 0);
    }

    @Test
    void aValidGoalIsSavedAndAudited() {
        Goal saved = register.save(goal("tier-uptake", GoalKind.UPTAKE, new BigDecimal("0.9"), null, w.tierType));
        assertThat(saved.id()).isPositive();
        assertThat(w.repos.audit.latest(1).getFirst().entity()).isEqualTo("goal");
    }

    @Test
    void everyProblemIsReportedInJapanese() {
        Goal bad = new Goal(0, "目標", " ", GoalKind.UPTAKE, new BigDecimal("1.5"), null, null, Set.of(), Set.of(),
                Set.of(), null, true, 2028, 2026, null, null, null, 0, 0);
        assertThat(register.problems(bad)).hasSize(5).anySatisfy(p -> assertThat(p).contains("半角英数字"))
                .anySatisfy(p -> assertThat(p).contains("数える研修"))
                .anySatisfy(p -> assertThat(p).contains("100%"))
                .anySatisfy(p -> assertThat(p).contains("期間"));
        assertThatThrownBy(() -> register.save(bad)).isInstanceOf(GoalRegister.GoalEditException.class);
        assertThat(w.repos.goals.count()).isZero();
    }

    @Test
    void aHeadcountGoalNeedsARoleAndACount() {
        assertThat(register.problems(goal("dx", GoalKind.HEADCOUNT, new BigDecimal("0.5"), null, null)))
                .anySatisfy(p -> assertThat(p).contains("人数"))
                .anySatisfy(p -> assertThat(p).contains("役割"));
    }

    @Test
    void aCodeCanBeUsedOnlyOnce() {
        register.save(goal("dup", GoalKind.MANUAL, new BigDecimal("0.8"), null, null));
        assertThat(register.problems(goal("dup", GoalKind.MANUAL, new BigDecimal("0.8"), null, null)))
                .anySatisfy(p -> assertThat(p).contains("dup"));
    }

    @Test
    void anEditFromAnOldVersionIsRefused() {
        Goal saved = register.save(goal("m", GoalKind.MANUAL, new BigDecimal("0.8"), null, null));
        register.save(new Goal(saved.id(), "m", "新しい名前", GoalKind.MANUAL, new BigDecimal("0.8"), null, null,
                Set.of(), Set.of(), Set.of(), null, true, 2026, 2028, null, "%", null, 0, saved.version()));
        assertThatThrownBy(() -> register.save(saved)).isInstanceOf(StaleEditException.class);
    }

    @Test
    void aManualValueNeedsItsSourceAndCanBeClearedAgain() {
        Goal g = register.save(goal("m", GoalKind.MANUAL, new BigDecimal("0.8"), null, null));
        GoalYear noSource = new GoalYear(0, g.id(), 2026, null, null, new BigDecimal("0.83"), " ", 0);
        assertThat(register.problems(g, noSource)).anySatisfy(p -> assertThat(p).contains("出典"));
        GoalYear saved = register.saveYear(g, new GoalYear(0, g.id(), 2026, null, null, new BigDecimal("0.83"),
                "職員アンケート", 0));
        assertThat(w.engine.compute(g, 2026).actual()).isEqualTo(0.83);
        GoalYear cleared = register.saveYear(g, new GoalYear(saved.id(), g.id(), 2026, null, null, null, null,
                saved.version()));
        assertThat(cleared.id()).isZero();
        assertThat(w.repos.goalYears.count()).isZero();
    }

    @Test
    void aDeletedGoalComesBackWithItsYearsOnRestore() {
        Goal g = register.save(goal("m", GoalKind.MANUAL, new BigDecimal("0.8"), null, null));
        register.saveYear(g, new GoalYear(0, g.id(), 2026, null, null, new BigDecimal("0.7"), "調査", 0));
        var years = register.delete(g);
        assertThat(w.repos.goals.count()).isZero();
        Goal back = register.restore(g, years);
        assertThat(register.years(back.id())).singleElement()
                .satisfies(y -> assertThat(y.manualValue()).isEqualByComparingTo("0.7"));
    }
}
