package org.kenshu.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.Assignment;
import org.kenshu.model.JobCategory;
import org.kenshu.model.StaleEditException;
import org.kenshu.model.Staff;

class JobCategoryServiceTest {
    @TempDir
    Path dir;
    OrgFixture city;
    JobCategoryService jobs;

    @BeforeEach
    void open() {
        city = new OrgFixture(dir);
        jobs = city.s.jobCategories;
    }

    @AfterEach
    void close() {
        city.close();
    }

    @Test
    void addsRenamesAndReordersJobCategories() {
        JobCategory nurse = jobs.add(JobCategory.of("", "保健師", 0));
        assertThat(jobs.jobCategories().getLast()).isEqualTo(nurse);
        JobCategory renamed = jobs.update(new JobCategory(nurse.id(), nurse.code(), "保健師・看護師", nurse.sortOrder(),
                false, nurse.version()));
        assertThat(renamed.name()).isEqualTo("保健師・看護師");
        List<JobCategory> before = jobs.jobCategories();
        List<JobCategory> saved = jobs.reorder(List.of(before.getLast(), before.getFirst()));
        assertThat(jobs.jobCategories().getFirst().name()).isEqualTo("保健師・看護師");
        jobs.revertOrder(saved, before);
        assertThat(jobs.jobCategories().getLast().name()).isEqualTo("保健師・看護師");
    }

    @Test
    void aDuplicateNameIsRefused() {
        String existing = jobs.jobCategories().getFirst().name();
        assertThatThrownBy(() -> jobs.add(JobCategory.of("", existing, 0))).isInstanceOf(EditRefusedException.class)
                .hasMessageContaining(existing);
    }

    @Test
    void aJobCategoryHeldByStaffCannotBeRetired() {
        JobCategory job = jobs.jobCategories().getFirst();
        Staff s = city.s.staff.add(Staff.of("1001", "試験 一郎", null, OrgFixture.HIRED),
                Assignment.of(0, OrgFixture.HIRED, city.jinji.id(), null, job.id()));
        assertThatThrownBy(() -> jobs.retire(job)).isInstanceOf(EditRefusedException.class)
                .hasMessageContaining("1 人");
        city.s.staff.update(s.withLeftOn(java.time.LocalDate.of(2026, 3, 31), "退職"));
        assertThat(jobs.retire(jobs.jobCategories().getFirst()).retired()).isTrue();
    }

    @Test
    void aStaleVersionIsReportedWithTheStoredRow() {
        JobCategory job = jobs.jobCategories().getFirst();
        jobs.update(new JobCategory(job.id(), job.code(), "別名", job.sortOrder(), false, job.version()));
        assertThatThrownBy(() -> jobs.update(new JobCategory(job.id(), job.code(), "わたしの名前", job.sortOrder(),
                false, job.version()))).isInstanceOfSatisfying(StaleEditException.class,
                        e -> assertThat(((JobCategory) e.stored()).name()).isEqualTo("別名"));
    }
}
