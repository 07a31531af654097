package org.kenshu.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.Tier;
import org.kenshu.ui.UiFixture;
import org.kenshu.ui.common.ConflictChoice;

class TiersViewModelTest {
    @TempDir
    Path dir;
    UiFixture ui;
    TiersViewModel vm;

    @BeforeEach
    void open() {
        ui = new UiFixture(dir);
        vm = new TiersViewModel(ui.city.s.tiers, ui.city.s.jobCategories, ui.editor);
        vm.refresh();
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private void select(String code) {
        vm.selectedProperty().set(vm.tiers().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow());
    }

    @Test
    void aNewTierIsAddedLastAndSelected() {
        vm.newTier();
        vm.nameProperty().set("理事級");
        vm.salaryGradesProperty().set("9");
        vm.save();
        assertThat(vm.tiers().getLast().name()).isEqualTo("理事級");
        assertThat(vm.selectedProperty().get().name()).isEqualTo("理事級");
        ui.undo.undo();
        assertThat(vm.tiers()).extracting(Tier::name).doesNotContain("理事級");
    }

    @Test
    void aBlankOrTakenNameIsRefusedInTheForm() {
        select("SHUNIN");
        vm.nameProperty().set(" ");
        vm.save();
        assertThat(vm.errorProperty().get()).contains("名前");
        vm.nameProperty().set("課長級");
        vm.save();
        assertThat(vm.errorProperty().get()).contains("課長級");
        assertThat(ui.city.tier("SHUNIN").name()).isEqualTo("主任級");
    }

    @Test
    void draggingATierChangesTheRanksAndUndoPutsThemBack() {
        vm.move(0, 2);
        assertThat(vm.tiers()).extracting(Tier::code).startsWith("SHUNIN", "SHUSA", "SHUJI");
        assertThat(vm.tiers()).extracting(Tier::rank).startsWith(1, 2, 3);
        select("SHUJI");
        vm.moveSelected(-1);
        assertThat(vm.tiers()).extracting(Tier::code).startsWith("SHUNIN", "SHUJI", "SHUSA");
        ui.undo.undo();
        ui.undo.undo();
        assertThat(vm.tiers()).extracting(Tier::code).startsWith("SHUJI", "SHUNIN", "SHUSA");
        assertThat(ui.dialogs.errors).isEmpty();
    }

    @Test
    void retiringATierHeldByStaffIsRefusedWithTheReason() {
        ui.city.staff("1001", "試験 一郎", ui.city.jinji, "SHUNIN");
        select("SHUNIN");
        vm.retire(true);
        assertThat(ui.dialogs.errors).singleElement().asString().contains("主任級", "1 人", "廃止できません");
        select("BUCHO");
        vm.retire(true);
        assertThat(vm.selectedProperty().get().retired()).isTrue();
        vm.retire(false);
        assertThat(vm.selectedProperty().get().retired()).isFalse();
    }

    @Test
    void aRenameOverAChangeMadeElsewhereShowsBothNames() {
        select("SHUNIN");
        Tier stored = ui.city.tier("SHUNIN");
        ui.city.s.tiers.update(new Tier(stored.id(), stored.code(), "主任・主任主事級", stored.rank(), null,
                stored.description(), false, stored.version()));
        vm.nameProperty().set("主任級（改）");
        ui.dialogs.answer(ConflictChoice.TAKE_STORED);
        vm.save();
        assertThat(ui.dialogs.conflicts).singleElement().satisfies(fields -> {
            assertThat(fields.getFirst().stored()).isEqualTo("主任・主任主事級");
            assertThat(fields.getFirst().mine()).isEqualTo("主任級（改）");
        });
        assertThat(vm.nameProperty().get()).isEqualTo("主任・主任主事級");
        assertThat(ui.city.tier("SHUNIN").name()).isEqualTo("主任・主任主事級");
    }
}
