package org.kenshu.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.Assignment;
import org.kenshu.model.StaleEditException;
import org.kenshu.model.Staff;
import org.kenshu.service.StaffDetail.Change;

class StaffServiceTest {
    @TempDir
    Path dir;
    OrgFixture city;
    StaffService staff;

    @BeforeEach
    void open() {
        city = new OrgFixture(dir);
        staff = city.s.staff;
    }

    @AfterEach
    void close() {
        city.close();
    }

    @Test
    void aNewStaffMemberGetsAFirstAssignmentFromTheHireDate() {
        Staff s = city.staff("01001", "試験　一郎", city.jinji, "SHUJI");
        assertThat(s.name()).isEqualTo("試験 一郎");
        var history = city.s.staffRecords.detail(s.id()).assignments();
        assertThat(history).singleElement().satisfies(l -> {
            assertThat(l.assignment().validFrom()).isEqualTo(OrgFixture.HIRED);
            assertThat(l.department()).isEqualTo("総務部 人事課");
            assertThat(l.tier()).isEqualTo("主事・主事補級");
            assertThat(l.change()).isEqualTo(Change.FIRST);
        });
    }

    @Test
    void anEmployeeNumberAlreadyUsedIsRefusedAlsoWhenTypedFullWidth() {
        city.staff("01001", "試験 一郎", city.jinji, "SHUJI");
        assertThatThrownBy(() -> city.staff("０１００１", "試験 二郎", city.jinji, "SHUJI"))
                .isInstanceOf(EditRefusedException.class).hasMessageContaining("01001").hasMessageContaining("試験 一郎");
        assertThat(city.s.roster.staffCount()).isEqualTo(1);
    }

    @Test
    void aPromotionIsANewRowFromItsDateWithThePromotionDate() {
        Staff s = city.staff("1001", "試験 一郎", city.jinji, "SHUJI");
        LocalDate date = LocalDate.of(2026, 10, 1);
        Assignment promoted = staff.addAssignment(Assignment.of(s.id(), date, city.jinji.id(),
                city.tier("SHUNIN").id(), null));
        assertThat(promoted.promotedOn()).isEqualTo(date);
        var history = city.s.staffRecords.detail(s.id()).assignments();
        assertThat(history).extracting(StaffDetail.AssignmentLine::change).containsExactly(Change.FIRST,
                Change.PROMOTION);
        assertThat(city.s.roster.roster(LocalDate.of(2026, 11, 21)).getFirst().tier()).isEqualTo("主任級");
        assertThat(city.s.roster.roster(LocalDate.of(2026, 9, 30)).getFirst().tier()).isEqualTo("主事・主事補級");
    }

    @Test
    void aTransferKeepsTheLastPromotionDate() {
        Staff s = city.staff("1001", "試験 一郎", city.jinji, "SHUJI");
        Assignment promoted = staff.addAssignment(Assignment.of(s.id(), LocalDate.of(2024, 4, 1), city.jinji.id(),
                city.tier("SHUNIN").id(), null));
        Assignment moved = staff.addAssignment(Assignment.of(s.id(), LocalDate.of(2026, 4, 1), city.kikaku.id(),
                city.tier("SHUNIN").id(), null));
        assertThat(moved.promotedOn()).isEqualTo(promoted.promotedOn());
    }

    @Test
    void aTransferDatedBeforeHiringAfterLeavingOrOnAnExistingDateIsRefused() {
        Staff s = city.staff("1001", "試験 一郎", city.jinji, "SHUJI");
        assertThatThrownBy(() -> staff.addAssignment(Assignment.of(s.id(), LocalDate.of(2019, 4, 1), city.kikaku.id(),
                null, null))).isInstanceOf(EditRefusedException.class).hasMessageContaining("採用日");
        assertThatThrownBy(() -> staff.addAssignment(Assignment.of(s.id(), OrgFixture.HIRED, city.kikaku.id(),
                null, null))).hasMessageContaining("既にあります");
        Staff left = staff.update(s.withLeftOn(LocalDate.of(2026, 3, 31), "退職"));
        assertThatThrownBy(() -> staff.addAssignment(Assignment.of(left.id(), LocalDate.of(2026, 4, 1),
                city.kikaku.id(), null, null))).hasMessageContaining("退職日");
    }

    @Test
    void leavingBeforeTheHireDateOrBeforeTheLastTransferIsRefused() {
        Staff s = city.staff("1001", "試験 一郎", city.jinji, "SHUJI");
        assertThatThrownBy(() -> staff.update(s.withLeftOn(LocalDate.of(2019, 3, 31), "退職")))
                .isInstanceOf(EditRefusedException.class).hasMessageContaining("採用日");
        staff.addAssignment(Assignment.of(s.id(), LocalDate.of(2026, 4, 1), city.kikaku.id(), null, null));
        Staff current = city.s.staffRecords.detail(s.id()).staff();
        assertThatThrownBy(() -> staff.update(current.withLeftOn(LocalDate.of(2025, 3, 31), "退職")))
                .hasMessageContaining("最後の異動");
    }

    @Test
    void anEditOverAChangeMadeElsewhereIsStale() {
        Staff s = city.staff("1001", "試験 一郎", city.jinji, "SHUJI");
        staff.update(new Staff(s.id(), "1001", "試験 一朗", null, s.employmentType(), s.hiredOn(), null, null, null,
                s.version()));
        assertThatThrownBy(() -> staff.update(new Staff(s.id(), "1001", "試験 市郎", null, s.employmentType(),
                s.hiredOn(), null, null, null, s.version())))
                .isInstanceOfSatisfying(StaleEditException.class,
                        e -> assertThat(((Staff) e.stored()).name()).isEqualTo("試験 一朗"));
    }

    @Test
    void undoOfAnAddRemovesTheStaffMemberAndTheFirstAssignment() {
        Staff s = city.staff("1001", "試験 一郎", city.jinji, "SHUJI");
        Assignment promoted = staff.addAssignment(Assignment.of(s.id(), LocalDate.of(2026, 10, 1), city.jinji.id(),
                city.tier("SHUNIN").id(), null));
        staff.removeAssignment(promoted);
        assertThat(city.s.staffRecords.detail(s.id()).assignments()).hasSize(1);
        staff.remove(s);
        assertThat(city.s.roster.staffCount()).isZero();
    }

    @Test
    void aMistakenAssignmentCanBeDeletedAndRestored() {
        Staff s = city.staff("1001", "試験 一郎", city.jinji, "SHUJI");
        Assignment wrong = staff.addAssignment(Assignment.of(s.id(), LocalDate.of(2026, 10, 1), city.kikaku.id(),
                null, null));
        staff.deleteAssignment(wrong);
        assertThat(city.s.staffRecords.detail(s.id()).assignments()).hasSize(1);
        staff.restoreAssignment(wrong);
        assertThat(city.s.staffRecords.detail(s.id()).assignments()).hasSize(2);
    }
}
