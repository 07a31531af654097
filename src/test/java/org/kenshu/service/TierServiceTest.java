package org.kenshu.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.Assignment;
import org.kenshu.model.StaleEditException;
import org.kenshu.model.Staff;
import org.kenshu.model.Tier;

class TierServiceTest {
    @TempDir
    Path dir;
    OrgFixture city;
    TierService tiers;

    @BeforeEach
    void open() {
        city = new OrgFixture(dir);
        tiers = city.s.tiers;
    }

    @AfterEach
    void close() {
        city.close();
    }

    @Test
    void aNewTierComesLastWithTheNextRankAndACodeWhenNoneIsGiven() {
        Tier added = tiers.add(new Tier(0, "", " 理事級 ", 0, "9", null, false, 0));
        assertThat(added.rank()).isEqualTo(8);
        assertThat(added.name()).isEqualTo("理事級");
        assertThat(added.code()).startsWith("TIER_");
        assertThat(city.ws.services().info.counts().get("audit_log")).isPositive();
    }

    @Test
    void aNameOrCodeAlreadyUsedIsRefused() {
        assertThatThrownBy(() -> tiers.add(Tier.of("NEW", "主任級", 0))).isInstanceOf(EditRefusedException.class)
                .hasMessageContaining("主任級");
        Tier shunin = city.tier("SHUNIN");
        assertThatThrownBy(() -> tiers.update(new Tier(shunin.id(), "KACHO", "主任", 2, null, null, false,
                shunin.version()))).hasMessageContaining("KACHO");
    }

    @Test
    void aRenameOverAChangeMadeElsewhereIsStaleAndCarriesTheStoredRow() {
        Tier shunin = city.tier("SHUNIN");
        tiers.update(new Tier(shunin.id(), "SHUNIN", "主任・主任主事級", 2, null, null, false, shunin.version()));
        assertThatThrownBy(() -> tiers.update(new Tier(shunin.id(), "SHUNIN", "主任級（新）", 2, null, null, false,
                shunin.version())))
                .isInstanceOfSatisfying(StaleEditException.class,
                        e -> assertThat(((Tier) e.stored()).name()).isEqualTo("主任・主任主事級"));
    }

    @Test
    void reorderingGivesRanksInTheListedOrderAndUndoPutsThemBack() {
        List<Tier> before = tiers.tiers();
        List<Tier> moved = new ArrayList<>(before);
        moved.add(0, moved.remove(2));
        List<Tier> saved = tiers.reorder(moved);
        assertThat(tiers.tiers()).extracting(Tier::code).startsWith("SHUSA", "SHUJI", "SHUNIN");
        tiers.revertOrder(saved, before);
        assertThat(tiers.tiers()).extracting(Tier::code).isEqualTo(before.stream().map(Tier::code).toList());
    }

    @Test
    void aTierHeldByStaffTodayCannotBeRetiredAndTheMessageSaysHowMany() {
        city.staff("1001", "試験 一郎", city.jinji, "SHUNIN");
        city.staff("1002", "試験 二郎", city.kikaku, "SHUNIN");
        assertThatThrownBy(() -> tiers.retire(city.tier("SHUNIN")))
                .isInstanceOf(EditRefusedException.class).hasMessageContaining("主任級").hasMessageContaining("2 人");
        assertThat(city.tier("SHUNIN").retired()).isFalse();
    }

    @Test
    void aTierUsedOnlyInHistoryOrByStaffWhoLeftCanBeRetired() {
        Staff promoted = city.staff("1001", "試験 一郎", city.jinji, "SHUNIN");
        city.s.staff.addAssignment(Assignment.of(promoted.id(), LocalDate.of(2024, 4, 1), city.jinji.id(),
                city.tier("SHUSA").id(), null));
        Staff left = city.staff("1002", "試験 二郎", city.jinji, "SHUNIN");
        city.s.staff.update(left.withLeftOn(LocalDate.of(2025, 3, 31), "退職"));
        Tier retired = tiers.retire(city.tier("SHUNIN"));
        assertThat(retired.retired()).isTrue();
        assertThat(tiers.restore(retired).retired()).isFalse();
    }

    @Test
    void aTransferEnteredForALaterDateKeepsTheTierInUse() {
        Staff s = city.staff("1001", "試験 一郎", city.jinji, "SHUJI");
        city.s.staff.addAssignment(Assignment.of(s.id(), LocalDate.of(2027, 4, 1), city.jinji.id(),
                city.tier("SHUNIN").id(), null));
        assertThat(tiers.staffUsing(city.tier("SHUNIN").id())).isEqualTo(1);
    }

    @Test
    void twoRenamesOfOneTierAreUndoneInTurn() {
        Tier original = city.tier("SHUNIN");
        Tier first = tiers.update(new Tier(original.id(), "SHUNIN", "主任A", 2, null, null, false, original.version()));
        Tier second = tiers.update(new Tier(first.id(), "SHUNIN", "主任B", 2, null, null, false, first.version()));
        tiers.revert(second, first);
        tiers.revert(first, original);
        assertThat(city.tier("SHUNIN").name()).isEqualTo("主任級");
    }

    @Test
    void undoOfARenameIsRefusedWhenTheTierChangedSince() {
        Tier original = city.tier("SHUNIN");
        Tier mine = tiers.update(new Tier(original.id(), "SHUNIN", "主任A", 2, null, null, false, original.version()));
        tiers.update(new Tier(mine.id(), "SHUNIN", "主任（別画面）", 2, null, null, false, mine.version()));
        assertThatThrownBy(() -> tiers.revert(mine, original)).isInstanceOf(StaleEditException.class);
        assertThat(city.tier("SHUNIN").name()).isEqualTo("主任（別画面）");
    }

    @Test
    void undoOfAnAddIsRefusedOnceStaffHoldTheTier() {
        Tier added = tiers.add(Tier.of("RIJI", "理事級", 0));
        city.staff("1001", "試験 一郎", city.jinji, "RIJI");
        assertThatThrownBy(() -> tiers.remove(added)).isInstanceOf(EditRefusedException.class);
        Tier other = tiers.add(Tier.of("SANYO", "参与級", 0));
        tiers.remove(other);
        assertThat(tiers.tiers()).extracting(Tier::code).doesNotContain("SANYO");
    }
}
