package org.kenshu.ui.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.Competency;
import org.kenshu.model.CompetencyCategory;
import org.kenshu.model.SkillItem;
import org.kenshu.ui.UiFixture;

class CompetencyModelViewModelTest {
    @TempDir
    Path dir;
    UiFixture ui;
    CompetencyPageViewModel page;
    CompetencyModelViewModel vm;

    @BeforeEach
    void open() {
        ui = new UiFixture(dir);
        page = new CompetencyPageViewModel(ui.city.s, ui.editor, ui.state);
        page.refresh();
        vm = page.model();
    }

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void aCategoryAndACompetencyInItAreAddedAndShowInTheGrid() {
        vm.newCategory();
        vm.nameProperty().set("デジタル");
        vm.save();
        assertThat(vm.selectedProperty().get()).isInstanceOf(CompetencyCategory.class);
        vm.newCompetency();
        assertThat(vm.categoryProperty().get().name()).isEqualTo("デジタル");
        vm.nameProperty().set("データ活用力");
        vm.save();
        page.refresh();
        assertThat(page.rows().getLast().competency().name()).isEqualTo("データ活用力");
        assertThat(page.rows().getLast().category()).isEqualTo("デジタル");
    }

    @Test
    void aCompetencyMovesUpWithinItsCategoryAndRenamesAreValidated() {
        Competency second = vm.competencies().get(1);
        vm.selectedProperty().set(second);
        vm.moveSelected(-1);
        assertThat(vm.competencies().getFirst().id()).isEqualTo(second.id());
        vm.nameProperty().set(vm.competencies().get(1).name());
        vm.save();
        assertThat(vm.errorProperty().get()).contains("既にあります");
        ui.undo.undo();
        assertThat(vm.competencies().get(1).id()).isEqualTo(second.id());
    }

    @Test
    void skillMapItemsAreAddedPerJobAndPositionAndALetterTwiceIsRefused() {
        SkillMapViewModel maps = page.skillMaps();
        maps.newItem();
        maps.jobProperty().set(maps.jobs().getFirst());
        maps.positionProperty().set("係長・主査");
        maps.codeProperty().set("A");
        maps.nameProperty().set("業務");
        maps.save();
        assertThat(maps.shown()).extracting(SkillItem::itemName).containsExactly("業務");
        maps.newItem();
        assertThat(maps.positionProperty().get()).isEqualTo("係長・主査");
        maps.codeProperty().set("A");
        maps.nameProperty().set("政策");
        maps.save();
        assertThat(maps.errorProperty().get()).contains("係長・主査");
        maps.jobFilterProperty().set(maps.jobs().getLast());
        assertThat(maps.shown()).isEmpty();
    }
}
