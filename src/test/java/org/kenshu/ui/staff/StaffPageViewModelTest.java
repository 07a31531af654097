package org.kenshu.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.Assignment;
import org.kenshu.model.Staff;
import org.kenshu.model.StaffStatus;
import org.kenshu.service.OrgFixture;
import org.kenshu.store.TestStore;
import org.kenshu.ui.UiFixture;
import org.kenshu.ui.common.ConflictChoice;

class StaffPageViewModelTest {
    @TempDir
    Path dir;
    UiFixture ui;
    StaffPageViewModel vm;
    Staff ichiro;

    @BeforeEach
    void open() {
        ui = new UiFixture(dir);
        ichiro = ui.city.s.staff.add(Staff.of("1001", "試験 一郎", "シケン イチロウ", OrgFixture.HIRED),
                Assignment.of(0, OrgFixture.HIRED, ui.city.jinji.id(), ui.city.tier("SHUJI").id(), null));
        ui.city.s.staff.add(Staff.of("1002", "山田 花子", "ヤマダ ハナコ", OrgFixture.HIRED),
                Assignment.of(0, OrgFixture.HIRED, ui.city.kikaku.id(), ui.city.tier("SHUNIN").id(), null));
        Staff left = ui.city.s.staff.add(Staff.of("1003", "退職 三郎", "タイショク サブロウ", OrgFixture.HIRED),
                Assignment.of(0, OrgFixture.HIRED, ui.city.kikaku.id(), ui.city.tier("SHUNIN").id(), null));
        ui.city.s.staff.update(left.withLeftOn(LocalDate.of(2026, 3, 31), "退職"));
        vm = new StaffPageViewModel(ui.city.s, ui.editor, ui.state, TestStore.CLOCK);
        vm.refresh();
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private int shownFor(String text) {
        vm.filterProperty().set(text);
        return vm.shown().size();
    }

    private StaffRow row(String number) {
        return vm.shown().getSource().stream().map(r -> (StaffRow) r)
                .filter(r -> r.entry().employeeNo().equals(number)).findFirst().orElseThrow();
    }

    @Test
    void theFilterMatchesNameKanaNumberDepartmentAndTierWhateverTheWidthOrScript() {
        assertThat(vm.shown()).hasSize(2);
        assertThat(shownFor("一郎")).isEqualTo(1);
        assertThat(shownFor("やまだ")).isEqualTo(1);
        assertThat(shownFor("ﾔﾏﾀﾞ")).isEqualTo(1);
        assertThat(shownFor("１００２")).isEqualTo(1);
        assertThat(shownFor("企画課")).isEqualTo(1);
        assertThat(shownFor("総務部 人事課")).isEqualTo(1);
        assertThat(shownFor("主任級")).isEqualTo(1);
        assertThat(shownFor("該当なし")).isZero();
        assertThat(shownFor("")).isEqualTo(2);
        assertThat(vm.countProperty().get()).contains("3 人中 2 人");
    }

    @Test
    void theTierAndStatusChoicesNarrowTheTable() {
        assertThat(vm.tierNames()).startsWith("", "主事・主事補級");
        vm.tierFilterProperty().set("主任級");
        assertThat(vm.shown()).extracting(r -> r.entry().employeeNo()).containsExactly("1002");
        vm.statusFilterProperty().set(StatusFilter.ALL);
        assertThat(vm.shown()).hasSize(2);
        vm.statusFilterProperty().set(StatusFilter.LEFT);
        assertThat(vm.shown()).extracting(r -> r.entry().employeeNo()).containsExactly("1003");
        vm.tierFilterProperty().set("");
        vm.statusFilterProperty().set(StatusFilter.EMPLOYED);
        assertThat(vm.shown()).hasSize(2);
    }

    @Test
    void choosingARowShowsTheStaffMembersRecord() {
        vm.selectedProperty().set(row("1001"));
        var detail = vm.detail();
        assertThat(detail.nameProperty().get()).isEqualTo("試験 一郎");
        assertThat(detail.detailProperty().get().assignments()).hasSize(1);
        assertThat(detail.assignment().tierProperty().get().code()).isEqualTo("SHUJI");
    }

    @Test
    void aPromotionUpdatesTheTableLineAndUndoTakesItBack() {
        vm.selectedProperty().set(row("1001"));
        var form = vm.detail().assignment();
        form.validFromProperty().set(LocalDate.of(2026, 10, 1));
        form.tierProperty().set(ui.city.tier("SHUNIN"));
        form.add();
        assertThat(form.errorProperty().get()).isEmpty();
        assertThat(row("1001").entry().tier()).isEqualTo("主任級");
        assertThat(vm.detail().detailProperty().get().assignments()).hasSize(2);
        assertThat(ui.dialogs.notifications).anyMatch(n -> n.contains("R8.10.1"));
        ui.undo.undo();
        assertThat(row("1001").entry().tier()).isEqualTo("主事・主事補級");
        assertThat(vm.detail().detailProperty().get().assignments()).hasSize(1);
        assertThat(ui.dialogs.errors).isEmpty();
    }

    @Test
    void aTransferDatedBeforeHiringOrOnAnExistingDateIsRefusedInTheForm() {
        vm.selectedProperty().set(row("1001"));
        var form = vm.detail().assignment();
        form.validFromProperty().set(LocalDate.of(2019, 4, 1));
        form.add();
        assertThat(form.errorProperty().get()).contains("採用日");
        form.validFromProperty().set(OrgFixture.HIRED);
        form.add();
        assertThat(form.errorProperty().get()).contains("既にあります");
        form.validFromProperty().set(null);
        form.add();
        assertThat(form.errorProperty().get()).contains("発令日");
        assertThat(ui.city.s.staffRecords.detail(ichiro.id()).assignments()).hasSize(1);
    }

    @Test
    void anEmployeeNumberUsedBySomeoneElseIsRefusedBeforeSaving() {
        vm.selectedProperty().set(row("1001"));
        vm.detail().employeeNoProperty().set("1002");
        vm.detail().save();
        assertThat(vm.detail().errorProperty().get()).contains("1002");
        vm.detail().employeeNoProperty().set("");
        vm.detail().save();
        assertThat(vm.detail().errorProperty().get()).contains("職員番号");
        assertThat(ui.city.s.staffRecords.detail(ichiro.id()).staff().employeeNo()).isEqualTo("1001");
    }

    @Test
    void aChangeMadeElsewhereIsShownBesideMineAndTheOfficerChooses() {
        vm.selectedProperty().set(row("1001"));
        Staff stored = ui.city.s.staffRecords.detail(ichiro.id()).staff();
        ui.city.s.staff.update(new Staff(stored.id(), "1001", "試験 一朗", stored.kana(), stored.employmentType(),
                stored.hiredOn(), null, null, null, stored.version()));
        vm.detail().nameProperty().set("試験 壱郎");
        ui.dialogs.answer(ConflictChoice.KEEP_MINE);
        vm.detail().save();
        assertThat(ui.dialogs.conflicts).singleElement().satisfies(fields -> assertThat(fields)
                .anySatisfy(f -> {
                    assertThat(f.stored()).isEqualTo("試験 一朗");
                    assertThat(f.mine()).isEqualTo("試験 壱郎");
                }));
        assertThat(ui.city.s.staffRecords.detail(ichiro.id()).staff().name()).isEqualTo("試験 壱郎");
        assertThat(row("1001").entry().name()).isEqualTo("試験 壱郎");
    }

    @Test
    void aNewStaffMemberJoinsTheTableAndUndoRemovesThem() {
        vm.detail().newStaff();
        vm.detail().employeeNoProperty().set("2001");
        vm.detail().nameProperty().set("新人 四郎");
        vm.detail().hiredOnProperty().set(LocalDate.of(2026, 10, 1));
        vm.detail().save();
        assertThat(vm.shown().stream().map(r -> r.entry().employeeNo())).contains("2001");
        assertThat(vm.selectedProperty().get().entry().name()).isEqualTo("新人 四郎");
        var form = vm.detail().assignment();
        assertThat(form.validFromProperty().get()).isEqualTo(LocalDate.of(2026, 10, 1));
        form.departmentProperty().set(vm.detail().choices().departments().stream()
                .filter(d -> d.id() == ui.city.jinji.id()).findFirst().orElseThrow());
        form.add();
        assertThat(row("2001").entry().department()).isEqualTo("総務部 人事課");
        ui.undo.undo();
        ui.undo.undo();
        assertThat(vm.shown().getSource()).hasSize(3);
        assertThat(ui.dialogs.errors).isEmpty();
    }

    @Test
    void aChildcareLeaveAndItsEndAreRecordedWithDatesInOrder() {
        vm.selectedProperty().set(row("1001"));
        var leave = vm.detail().absence();
        leave.kindProperty().set(org.kenshu.model.AbsenceKind.CHILDCARE_LEAVE);
        leave.startOnProperty().set(LocalDate.of(2026, 9, 1));
        leave.endOnProperty().set(LocalDate.of(2026, 8, 31));
        leave.save();
        assertThat(leave.errorProperty().get()).contains("終了日");
        leave.endOnProperty().set(null);
        leave.save();
        assertThat(row("1001").entry().status()).isEqualTo(StaffStatus.CHILDCARE_LEAVE);
        leave.edit(vm.detail().detailProperty().get().absences().getFirst());
        leave.endOnProperty().set(LocalDate.of(2026, 11, 1));
        leave.save();
        assertThat(row("1001").entry().status()).isEqualTo(StaffStatus.ACTIVE);
    }

    @Test
    void aLeavingDateTakesTheStaffMemberOutOfTheDefaultList() {
        vm.selectedProperty().set(row("1001"));
        var leaving = vm.detail().leaving();
        leaving.leftOnProperty().set(LocalDate.of(2019, 3, 31));
        leaving.save();
        assertThat(leaving.errorProperty().get()).contains("採用日");
        leaving.leftOnProperty().set(LocalDate.of(2026, 10, 31));
        leaving.save();
        assertThat(row("1001").entry().status()).isEqualTo(StaffStatus.LEFT);
        assertThat(vm.shown()).extracting(r -> r.entry().employeeNo()).doesNotContain("1001");
    }

    @Test
    void aRoleIsAddedOncePerYear() {
        vm.selectedProperty().set(row("1001"));
        var designation = vm.detail().designation();
        designation.roleProperty().set(vm.detail().choices().roles().getFirst());
        designation.cohortProperty().set("1期生");
        designation.add();
        assertThat(vm.detail().detailProperty().get().designations()).singleElement()
                .satisfies(d -> assertThat(d.designation().cohort()).isEqualTo("1期生"));
        assertThat(designation.roleProperty().get()).as("the form is cleared after saving").isNull();
        designation.roleProperty().set(vm.detail().choices().roles().getFirst());
        designation.add();
        assertThat(designation.errorProperty().get()).contains("既に登録");
    }
}
