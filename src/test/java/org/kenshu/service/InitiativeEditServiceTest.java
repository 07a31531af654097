package org.kenshu.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.InitiativeYear;
import org.kenshu.model.StaleEditException;
import org.kenshu.service.InitiativeEditService.Item;
import org.kenshu.service.InitiativeEditService.Level;
import org.kenshu.store.TestStore;

/** Shaping the 実施計画 of a city that starts with none: add, rename, move, delete and their refusals. */
class InitiativeEditServiceTest {
    @TempDir
    Path dir;
    TestStore store;
    InitiativeEditService edits;
    InitiativeService initiatives;

    @BeforeEach
    void emptyCity() {
        store = new TestStore(dir);
        edits = new InitiativeEditService(store.db, store.repos);
        initiatives = new InitiativeService(store.db, store.repos);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aPillarADirectionAndAnInitiativeAddedInTurnMakeOneRowOfThePlan() {
        Item pillar = edits.add(Level.PILLAR, 0, " 人材育成 ");
        Item direction = edits.add(Level.DIRECTION, pillar.id(), "階層別研修の充実");
        Item initiative = edits.add(Level.INITIATIVE, direction.id(), "新任係長研修");
        assertThat(pillar.name()).isEqualTo("人材育成");
        assertThat(initiatives.rows()).singleElement().satisfies(r -> {
            assertThat(r.pillar().code()).isEqualTo("P1");
            assertThat(r.direction().code()).isEqualTo("P1_D1");
            assertThat(r.initiative().code()).isEqualTo("P1_D1_I1");
            assertThat(r.initiative().name()).isEqualTo("新任係長研修");
        });
        assertThat(store.repos.audit.latest(1).getFirst().entity()).isEqualTo("initiative");
    }

    @Test
    void thePlanRowsShowAPillarAndADirectionThatHaveNothingUnderThemYet() {
        Item pillar = edits.add(Level.PILLAR, 0, "人材育成");
        edits.add(Level.PILLAR, 0, "職場環境");
        edits.add(Level.DIRECTION, pillar.id(), "階層別研修の充実");
        assertThat(initiatives.planRows()).extracting(r -> r.pillar().name() + "/"
                + (r.direction() == null ? "-" : r.direction().name()) + "/" + r.initiative())
                .containsExactly("人材育成/階層別研修の充実/null", "職場環境/-/null");
    }

    @Test
    void aNameIsRequiredAndUniqueWithinItsParentButMayRepeatUnderAnother() {
        Item a = edits.add(Level.PILLAR, 0, "人材育成");
        Item b = edits.add(Level.PILLAR, 0, "職場環境");
        edits.add(Level.DIRECTION, a.id(), "研修の充実");
        assertThatThrownBy(() -> edits.add(Level.PILLAR, 0, "  ")).hasMessage("柱の名前を入力してください。");
        assertThatThrownBy(() -> edits.add(Level.DIRECTION, a.id(), "研修の充実"))
                .hasMessageContaining("方向性「研修の充実」がすでにあります");
        assertThat(edits.add(Level.DIRECTION, b.id(), "研修の充実").name()).isEqualTo("研修の充実");
        assertThatThrownBy(() -> edits.rename(b, "人材育成")).hasMessageContaining("柱「人材育成」がすでにあります");
        assertThatThrownBy(() -> edits.add(Level.PILLAR, 0, "長".repeat(201))).hasMessageContaining("200");
    }

    @Test
    void aRenameIsSavedAndARenameFromAnOldVersionIsStale() {
        Item pillar = edits.add(Level.PILLAR, 0, "人材育成");
        Item renamed = edits.rename(pillar, "人材の育成");
        assertThat(store.repos.pillars.get(pillar.id()).name()).isEqualTo("人材の育成");
        assertThat(renamed.version()).isEqualTo(pillar.version() + 1);
        assertThatThrownBy(() -> edits.rename(pillar, "別の名前")).isInstanceOf(StaleEditException.class);
    }

    @Test
    void moveSwapsWithTheNeighbourAndStopsAtTheEnds() {
        Item one = edits.add(Level.PILLAR, 0, "一");
        edits.add(Level.PILLAR, 0, "二");
        Item three = edits.add(Level.PILLAR, 0, "三");
        assertThat(edits.move(three, -1)).isTrue();
        assertThat(edits.siblings(Level.PILLAR, 0)).extracting(Item::name).containsExactly("一", "三", "二");
        assertThat(edits.move(edits.current(Level.PILLAR, one.id()), -1)).isFalse();
        assertThat(edits.move(edits.current(Level.PILLAR, one.id()), 1)).isTrue();
        assertThat(edits.siblings(Level.PILLAR, 0)).extracting(Item::name).containsExactly("三", "一", "二");
        assertThatThrownBy(() -> edits.move(three, 1)).isInstanceOf(StaleEditException.class);
    }

    @Test
    void aPillarWithDirectionsIsNotDeletedAndTheMessageCountsThem() {
        Item pillar = edits.add(Level.PILLAR, 0, "人材育成");
        edits.add(Level.DIRECTION, pillar.id(), "一");
        edits.add(Level.DIRECTION, pillar.id(), "二");
        Item current = edits.current(Level.PILLAR, pillar.id());
        assertThatThrownBy(() -> edits.delete(current))
                .hasMessage("この柱には方向性が 2 件あります。先に方向性を削除してください。");
        assertThat(store.repos.pillars.count()).isEqualTo(1);
    }

    @Test
    void aDirectionWithAnInitiativeIsNotDeleted() {
        Item pillar = edits.add(Level.PILLAR, 0, "人材育成");
        Item direction = edits.add(Level.DIRECTION, pillar.id(), "研修の充実");
        edits.add(Level.INITIATIVE, direction.id(), "新任係長研修");
        assertThat(edits.deleteProblems(direction)).singleElement().asString().contains("取組が 1 件");
    }

    @Test
    void anInitiativeWithAYearsTextIsKeptButOneWithOnlyEmptyYearsGoesWithThem() {
        Item pillar = edits.add(Level.PILLAR, 0, "人材育成");
        Item direction = edits.add(Level.DIRECTION, pillar.id(), "研修の充実");
        Item written = edits.add(Level.INITIATIVE, direction.id(), "新任係長研修");
        Item empty = edits.add(Level.INITIATIVE, direction.id(), "評定者研修");
        initiatives.saveYear(new InitiativeYear(0, written.id(), 2026, "年2回実施", null, null, null, null, null, 0));
        initiatives.saveYear(new InitiativeYear(0, empty.id(), 2026, null, null, null, null, null, null, 0));
        assertThatThrownBy(() -> edits.delete(written)).hasMessageContaining("1 年度分の計画・実績");
        edits.delete(empty);
        assertThat(store.repos.initiatives.findAll()).extracting(i -> i.name()).containsExactly("新任係長研修");
        assertThat(store.repos.initiativeYears.findByInitiative(empty.id())).isEmpty();
        assertThat(store.repos.audit.latest(1).getFirst().action()).isEqualTo("DELETE");
    }

    @Test
    void anEmptyPillarIsDeletedAndADeleteFromAnOldVersionIsStale() {
        Item pillar = edits.add(Level.PILLAR, 0, "人材育成");
        edits.rename(pillar, "人材の育成");
        assertThatThrownBy(() -> edits.delete(pillar)).isInstanceOf(StaleEditException.class);
        edits.delete(edits.current(Level.PILLAR, pillar.id()));
        assertThat(store.repos.pillars.count()).isZero();
    }
}
