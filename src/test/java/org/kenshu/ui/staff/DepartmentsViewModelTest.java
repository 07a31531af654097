package org.kenshu.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.Department;
import org.kenshu.model.Staff;
import org.kenshu.ui.UiFixture;

class DepartmentsViewModelTest {
    @TempDir
    Path dir;
    UiFixture ui;
    DepartmentsViewModel vm;

    @BeforeEach
    void open() {
        ui = new UiFixture(dir);
        vm = new DepartmentsViewModel(ui.city.s.departments, ui.editor, ui.state);
        vm.refresh();
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private Department named(String name) {
        return vm.departments().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aNewDepartmentGoesUnderTheSelectedOne() {
        vm.selectedProperty().set(named("人事課"));
        vm.newDepartment();
        assertThat(vm.parentProperty().get().name()).isEqualTo("人事課");
        vm.nameProperty().set("人材育成係");
        vm.save();
        assertThat(vm.label(named("人材育成係"))).isEqualTo("総務部 人事課 人材育成係");
        ui.undo.undo();
        assertThat(vm.departments()).extracting(Department::name).doesNotContain("人材育成係");
    }

    @Test
    void aDepartmentCannotMoveUnderItsOwnChildAndTheChoicesLeaveThoseOut() {
        vm.selectedProperty().set(named("総務部"));
        assertThat(vm.parentChoices()).extracting(Department::name).doesNotContain("総務部", "人事課");
        vm.parentProperty().set(named("人事課"));
        vm.save();
        assertThat(vm.errorProperty().get()).contains("総務部");
    }

    @Test
    void aMergeAsksFirstThenMovesStaffFromTheDateAndCanBeUndone() {
        Staff s = ui.city.staff("1001", "試験 一郎", ui.city.kikaku, "SHUJI");
        vm.selectedProperty().set(named("企画課"));
        vm.merge();
        assertThat(vm.errorProperty().get()).contains("統合先");
        vm.mergeTargetProperty().set(named("人事課"));
        vm.mergeDateProperty().set(LocalDate.of(2027, 4, 1));
        ui.dialogs.answer(false);
        vm.merge();
        assertThat(named("企画課").mergedIntoId()).isNull();
        ui.dialogs.answer(true);
        vm.merge();
        assertThat(named("企画課").mergedIntoId()).isEqualTo(named("人事課").id());
        assertThat(vm.closedNote(named("企画課"))).isEqualTo("R9.3.31 まで（総務部 人事課 へ統合）");
        assertThat(ui.city.s.staffRecords.detail(s.id()).assignments()).hasSize(2);
        assertThat(ui.dialogs.notifications).anyMatch(n -> n.contains("1 人"));
        ui.undo.undo();
        assertThat(named("企画課").mergedIntoId()).isNull();
        assertThat(ui.city.s.staffRecords.detail(s.id()).assignments()).hasSize(1);
    }

    @Test
    void aCodeAlreadyUsedIsRefusedInTheForm() {
        vm.selectedProperty().set(named("人事課"));
        vm.codeProperty().set("J1");
        vm.save();
        vm.selectedProperty().set(named("企画課"));
        vm.codeProperty().set("J1");
        vm.save();
        assertThat(vm.errorProperty().get()).contains("J1");
    }
}
