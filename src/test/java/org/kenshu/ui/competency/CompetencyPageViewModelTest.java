package org.kenshu.ui.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.RequirementLevel;
import org.kenshu.model.Tier;
import org.kenshu.service.CompetencyGrid;
import org.kenshu.ui.UiFixture;
import org.kenshu.ui.common.ConflictChoice;

class CompetencyPageViewModelTest {
    @TempDir
    Path dir;
    UiFixture ui;
    CompetencyPageViewModel vm;
    Tier shuji;

    @BeforeEach
    void open() {
        ui = new UiFixture(dir);
        vm = new CompetencyPageViewModel(ui.city.s, ui.editor, ui.state);
        vm.refresh();
        shuji = ui.city.tier("SHUJI");
    }

    @AfterEach
    void close() {
        ui.close();
    }

    /** 行政経営能力: in 入間市's table only 次長級・部長級 have a mark, so 主事・主事補級 starts blank. */
    private CompetencyGrid.Row row() {
        return vm.rows().getFirst();
    }

    private RequirementLevel stored() {
        return ui.city.s.matrix.grid().rows().getFirst().level(shuji.id());
    }

    @Test
    void aClickCyclesEssentialRequiredBlankAndEachIsSaved() {
        assertThat(row().level(shuji.id())).isNull();
        vm.cycle(row(), shuji);
        assertThat(row().level(shuji.id())).isEqualTo(RequirementLevel.ESSENTIAL);
        assertThat(stored()).isEqualTo(RequirementLevel.ESSENTIAL);
        vm.cycle(row(), shuji);
        assertThat(stored()).isEqualTo(RequirementLevel.REQUIRED);
        vm.cycle(row(), shuji);
        assertThat(stored()).isNull();
        assertThat(row().level(shuji.id())).isNull();
        ui.undo.undo();
        ui.undo.undo();
        assertThat(stored()).isEqualTo(RequirementLevel.ESSENTIAL);
        assertThat(ui.dialogs.errors).isEmpty();
    }

    @Test
    void theSidePanelSavesTheChosenTiersText() {
        vm.cycle(row(), shuji);
        vm.descriptionProperty().set("担当業務の中で経営の視点を知る");
        vm.saveDescription();
        var cell = ui.city.s.matrix.grid().rows().getFirst().cell(shuji.id());
        assertThat(cell.description()).isEqualTo("担当業務の中で経営の視点を知る");
        assertThat(cell.level()).isEqualTo(RequirementLevel.ESSENTIAL);
        vm.selectedProperty().set(null);
        vm.selectedProperty().set(new CompetencyPageViewModel.CellRef(row(), shuji));
        assertThat(vm.descriptionProperty().get()).isEqualTo("担当業務の中で経営の視点を知る");
    }

    @Test
    void aCellChangedElsewhereShowsBothMarks() {
        ui.city.s.matrix.save(shuji.id(), row().competency().id(), null, RequirementLevel.REQUIRED, null);
        ui.dialogs.answer(ConflictChoice.KEEP_MINE);
        vm.cycle(row(), shuji);
        assertThat(ui.dialogs.conflicts).singleElement().satisfies(fields -> {
            assertThat(fields.getFirst().stored()).isEqualTo("○");
            assertThat(fields.getFirst().mine()).isEqualTo("◎");
        });
        assertThat(stored()).isEqualTo(RequirementLevel.ESSENTIAL);
    }

    @Test
    void thePrintTitleNamesTheCity() {
        assertThat(vm.printTitle()).contains("試験市");
    }
}
