package org.kenshu.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.JobCategory;
import org.kenshu.model.Tier;
import org.kenshu.store.TestStore;

/** Presets that say more than one tier ladder and what a job category is about (optional fields). */
class PresetLaddersTest {
    @TempDir
    Path dir;

    @Test
    void atsugisTechnicalStaffTiersBelongToTheirJobCategorysLadderAndKeepItWhenEdited() {
        try (Workspace ws = Workspace.open(dir, (f, h, p) -> { }, TestStore.CLOCK)) {
            ws.services().presets.apply("atsugi", null);
            JobCategory gino = ws.services().jobCategories.jobCategories().stream()
                    .filter(j -> j.code().equals("GINO")).findFirst().orElseThrow();
            var tiers = ws.services().tiers.tiers();
            assertThat(tiers).filteredOn(t -> t.code().startsWith("GINO_")).hasSize(2)
                    .allSatisfy(t -> assertThat(t.jobCategoryId()).isEqualTo(gino.id()));
            assertThat(tiers).filteredOn(t -> !t.code().startsWith("GINO_")).allSatisfy(t ->
                    assertThat(t.jobCategoryId()).isNull());
            Tier lead = tiers.stream().filter(t -> t.code().equals("GINO_LEAD")).findFirst().orElseThrow();
            Tier renamed = ws.services().tiers.update(new Tier(lead.id(), lead.code(), "業務主任・業務主査級", lead.rank(),
                    lead.salaryGrades(), lead.description(), false, lead.jobCategoryId(), lead.version()));
            assertThat(renamed.jobCategoryId()).isEqualTo(gino.id());
            assertThat(ws.services().tiers.reorder(ws.services().tiers.tiers())).filteredOn(t -> t.id() == lead.id())
                    .singleElement().extracting(Tier::jobCategoryId).isEqualTo(gino.id());
            assertThat(ws.services().jobCategories.jobCategories()).filteredOn(j -> j.code().equals("KAIKEI"))
                    .singleElement().extracting(JobCategory::description).asString().contains("補助");
        }
    }

    @Test
    void aJobCategoryDescriptionIsSavedAndUndone() {
        try (Workspace ws = Workspace.open(dir, (f, h, p) -> { }, TestStore.CLOCK)) {
            var jobs = ws.services().jobCategories;
            JobCategory added = jobs.add(new JobCategory(0, "", "保健師", "健康づくりの専門職", 0, false, 0));
            assertThat(added.description()).isEqualTo("健康づくりの専門職");
            JobCategory edited = jobs.update(new JobCategory(added.id(), added.code(), added.name(), " ",
                    added.sortOrder(), false, added.version()));
            assertThat(edited.description()).isNull();
            jobs.revert(edited, added);
            assertThat(jobs.jobCategories().getFirst().description()).isEqualTo("健康づくりの専門職");
        }
    }
}
