package org.kenshu.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.RequirementLevel;
import org.kenshu.model.StaleEditException;
import org.kenshu.model.Tier;
import org.kenshu.model.TierCompetency;

class MatrixServiceTest {
    @TempDir
    Path dir;
    OrgFixture city;
    MatrixService matrix;
    CompetencyGrid.Row row;
    Tier tier;

    @BeforeEach
    void open() {
        city = new OrgFixture(dir);
        matrix = city.s.matrix;
        CompetencyGrid grid = matrix.grid();
        row = grid.rows().getFirst();
        tier = grid.tiers().stream().filter(t -> row.cell(t.id()) == null).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        city.close();
    }

    private TierCompetency stored() {
        return matrix.grid().rows().stream().filter(r -> r.competency().id() == row.competency().id()).findFirst()
                .orElseThrow().cell(tier.id());
    }

    @Test
    void theGridHasIrumasSeventeenCompetenciesAndSevenTiers() {
        CompetencyGrid grid = matrix.grid();
        assertThat(grid.tiers()).hasSize(7);
        assertThat(grid.rows()).hasSize(17);
    }

    @Test
    void aCellCyclesEssentialRequiredBlankAndABlankCellHasNoRow() {
        TierCompetency essential = matrix.save(tier.id(), row.competency().id(), null, RequirementLevel.ESSENTIAL, null);
        assertThat(stored().level()).isEqualTo(RequirementLevel.ESSENTIAL);
        TierCompetency required = matrix.save(tier.id(), row.competency().id(), essential, RequirementLevel.REQUIRED,
                null);
        assertThat(stored().level()).isEqualTo(RequirementLevel.REQUIRED);
        assertThat(matrix.save(tier.id(), row.competency().id(), required, null, null)).isNull();
        assertThat(stored()).isNull();
    }

    @Test
    void aDescriptionKeepsTheCellWithoutAMark() {
        TierCompetency text = matrix.save(tier.id(), row.competency().id(), null, null, "係の調整を担う");
        assertThat(stored().description()).isEqualTo("係の調整を担う");
        assertThat(stored().level()).isNull();
        assertThat(text).isNotNull();
    }

    @Test
    void aCellChangedElsewhereIsStaleAndCarriesTheStoredCell() {
        matrix.save(tier.id(), row.competency().id(), null, RequirementLevel.REQUIRED, null);
        assertThatThrownBy(() -> matrix.save(tier.id(), row.competency().id(), null, RequirementLevel.ESSENTIAL, null))
                .isInstanceOfSatisfying(StaleEditException.class,
                        e -> assertThat(((TierCompetency) e.stored()).level()).isEqualTo(RequirementLevel.REQUIRED));
    }

    @Test
    void clicksAreUndoneOneAfterAnother() {
        TierCompetency first = matrix.save(tier.id(), row.competency().id(), null, RequirementLevel.ESSENTIAL, null);
        TierCompetency second = matrix.save(tier.id(), row.competency().id(), first, RequirementLevel.REQUIRED, null);
        matrix.revert(tier.id(), row.competency().id(), second, first);
        assertThat(stored().level()).isEqualTo(RequirementLevel.ESSENTIAL);
        matrix.revert(tier.id(), row.competency().id(), first, null);
        assertThat(stored()).isNull();
    }

    @Test
    void retiredTiersAreNotColumnsOfTheGrid() {
        city.s.tiers.retire(city.tier("BUCHO"));
        assertThat(matrix.grid().tiers()).extracting(Tier::code).doesNotContain("BUCHO").hasSize(6);
    }
}
