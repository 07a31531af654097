package org.kenshu.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.Competency;
import org.kenshu.model.CompetencyCategory;
import org.kenshu.model.RequirementLevel;
import org.kenshu.model.StaleEditException;

class CompetencyModelServiceTest {
    @TempDir
    Path dir;
    OrgFixture city;
    CompetencyModelService model;

    @BeforeEach
    void open() {
        city = new OrgFixture(dir);
        model = city.s.competencyModel;
    }

    @AfterEach
    void close() {
        city.close();
    }

    private List<String> namesIn(long categoryId) {
        return city.s.matrix.grid().rows().stream().filter(r -> r.competency().categoryId() == categoryId)
                .map(r -> r.competency().name()).toList();
    }

    @Test
    void aNewCategoryAndItsCompetencyComeLastInTheGrid() {
        CompetencyCategory dx = model.addCategory(CompetencyCategory.of("", "デジタル", 0));
        Competency data = model.addCompetency(Competency.of(dx.id(), "", "データ活用力", 0));
        assertThat(dx.code()).startsWith("CAT_");
        CompetencyGrid grid = city.s.matrix.grid();
        assertThat(grid.categories().getLast().name()).isEqualTo("デジタル");
        assertThat(grid.rows().getLast().competency()).isEqualTo(data);
        assertThat(grid.rows().getLast().category()).isEqualTo("デジタル");
    }

    @Test
    void reorderingCompetenciesOfOneCategoryLeavesTheOthersInPlace() {
        CompetencyGrid grid = city.s.matrix.grid();
        long category = grid.rows().getFirst().competency().categoryId();
        List<Competency> mine = grid.rows().stream().map(CompetencyGrid.Row::competency)
                .filter(c -> c.categoryId() == category).toList();
        List<String> othersBefore = grid.rows().stream().filter(r -> r.competency().categoryId() != category)
                .map(r -> r.competency().name()).toList();
        List<Competency> reversed = mine.reversed();
        List<Competency> saved = model.reorderCompetencies(reversed);
        assertThat(namesIn(category)).isEqualTo(reversed.stream().map(Competency::name).toList());
        assertThat(city.s.matrix.grid().rows().stream().filter(r -> r.competency().categoryId() != category)
                .map(r -> r.competency().name()).toList()).isEqualTo(othersBefore);
        model.revertCompetencyOrder(saved, mine);
        assertThat(namesIn(category)).isEqualTo(mine.stream().map(Competency::name).toList());
    }

    @Test
    void categoriesAreRenamedAndReordered() {
        model.addCategory(CompetencyCategory.of("", "デジタル", 0));
        List<CompetencyCategory> before = city.s.matrix.grid().categories();
        CompetencyCategory first = before.getFirst();
        CompetencyCategory renamed = model.updateCategory(new CompetencyCategory(first.id(), first.code(), "基本の力",
                null, first.sortOrder(), first.version()));
        List<CompetencyCategory> now = city.s.matrix.grid().categories();
        model.reorderCategories(List.of(now.getLast(), now.getFirst()));
        assertThat(city.s.matrix.grid().categories().getLast().id()).isEqualTo(renamed.id());
    }

    @Test
    void theSameCompetencyNameTwiceInACategoryIsRefused() {
        Competency c = city.s.matrix.grid().rows().getFirst().competency();
        assertThatThrownBy(() -> model.addCompetency(Competency.of(c.categoryId(), "", c.name(), 0)))
                .isInstanceOf(EditRefusedException.class).hasMessageContaining(c.name());
    }

    @Test
    void aRenameOverAChangeMadeElsewhereIsStale() {
        Competency c = city.s.matrix.grid().rows().getFirst().competency();
        model.updateCompetency(new Competency(c.id(), c.categoryId(), c.code(), "別画面の名前", null, c.sortOrder(),
                c.version()));
        assertThatThrownBy(() -> model.updateCompetency(new Competency(c.id(), c.categoryId(), c.code(), "わたしの名前",
                null, c.sortOrder(), c.version()))).isInstanceOf(StaleEditException.class);
    }

    @Test
    void undoOfAnAddIsRefusedOnceTheCompetencyHasACell() {
        CompetencyCategory dx = model.addCategory(CompetencyCategory.of("", "デジタル", 0));
        Competency data = model.addCompetency(Competency.of(dx.id(), "", "データ活用力", 0));
        city.s.matrix.save(city.tier("SHUJI").id(), data.id(), null, RequirementLevel.REQUIRED, null);
        assertThatThrownBy(() -> model.removeCompetency(data)).isInstanceOf(EditRefusedException.class);
        assertThatThrownBy(() -> model.removeCategory(dx)).isInstanceOf(EditRefusedException.class);
    }
}
