package org.kenshu.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.JobCategory;
import org.kenshu.ui.UiFixture;

class JobCategoriesViewModelTest {
    @TempDir
    Path dir;
    UiFixture ui;
    JobCategoriesViewModel vm;

    @BeforeEach
    void open() {
        ui = new UiFixture(dir);
        vm = new JobCategoriesViewModel(ui.city.s.jobCategories, ui.editor);
        vm.refresh();
    }

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void addsRenamesAndMovesAJobCategory() {
        vm.newJobCategory();
        vm.nameProperty().set("保健師");
        vm.save();
        assertThat(vm.jobs().getLast().name()).isEqualTo("保健師");
        vm.moveSelected(-1);
        assertThat(vm.jobs().get(vm.jobs().size() - 2).name()).isEqualTo("保健師");
        vm.nameProperty().set("保健師・看護師");
        vm.save();
        assertThat(vm.jobs()).extracting(JobCategory::name).contains("保健師・看護師");
        ui.undo.undo();
        assertThat(vm.jobs()).extracting(JobCategory::name).contains("保健師").doesNotContain("保健師・看護師");
    }

    @Test
    void aTakenNameIsRefusedInTheForm() {
        String first = vm.jobs().getFirst().name();
        vm.newJobCategory();
        vm.nameProperty().set(first);
        vm.save();
        assertThat(vm.errorProperty().get()).contains(first);
    }
}
