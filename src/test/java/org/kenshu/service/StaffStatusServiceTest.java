package org.kenshu.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.AbsenceKind;
import org.kenshu.model.Designation;
import org.kenshu.model.DesignationRole;
import org.kenshu.model.StaleEditException;
import org.kenshu.model.Staff;
import org.kenshu.model.StaffAbsence;
import org.kenshu.model.StaffStatus;

class StaffStatusServiceTest {
    @TempDir
    Path dir;
    OrgFixture city;
    StaffStatusService status;
    Staff s;

    @BeforeEach
    void open() {
        city = new OrgFixture(dir);
        status = city.s.staffStatus;
        s = city.staff("1001", "試験 一郎", city.jinji, "SHUJI");
    }

    @AfterEach
    void close() {
        city.close();
    }

    private StaffAbsence leave(LocalDate start, LocalDate end) {
        return new StaffAbsence(0, s.id(), AbsenceKind.CHILDCARE_LEAVE, start, end, null, 0);
    }

    @Test
    void aChildcareLeaveShowsInTheRosterUntilItEnds() {
        StaffAbsence open = status.addAbsence(leave(LocalDate.of(2026, 6, 1), null));
        assertThat(city.s.roster.roster(LocalDate.of(2026, 11, 21)).getFirst().status())
                .isEqualTo(StaffStatus.CHILDCARE_LEAVE);
        status.updateAbsence(new StaffAbsence(open.id(), s.id(), open.kind(), open.startOn(),
                LocalDate.of(2026, 10, 31), null, open.version()));
        assertThat(city.s.roster.roster(LocalDate.of(2026, 11, 21)).getFirst().status()).isEqualTo(StaffStatus.ACTIVE);
    }

    @Test
    void aLeaveEndingBeforeItStartsOrBeforeHiringIsRefused() {
        assertThatThrownBy(() -> status.addAbsence(leave(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 1))))
                .isInstanceOf(EditRefusedException.class).hasMessageContaining("終了日が開始日より前");
        assertThatThrownBy(() -> status.addAbsence(leave(LocalDate.of(2019, 6, 1), null)))
                .hasMessageContaining("採用日");
    }

    @Test
    void overlappingPeriodsAreRefused() {
        status.addAbsence(leave(LocalDate.of(2026, 6, 1), null));
        assertThatThrownBy(() -> status.addAbsence(leave(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30))))
                .isInstanceOf(EditRefusedException.class).hasMessageContaining("重なって");
    }

    @Test
    void aStaleEndDateEditIsReported() {
        StaffAbsence open = status.addAbsence(leave(LocalDate.of(2026, 6, 1), null));
        status.updateAbsence(new StaffAbsence(open.id(), s.id(), open.kind(), open.startOn(),
                LocalDate.of(2026, 12, 31), null, open.version()));
        assertThatThrownBy(() -> status.updateAbsence(new StaffAbsence(open.id(), s.id(), open.kind(), open.startOn(),
                LocalDate.of(2026, 10, 31), null, open.version()))).isInstanceOf(StaleEditException.class);
    }

    @Test
    void aDesignationIsOncePerRoleAndYearAndCanBeUndone() {
        DesignationRole role = firstRole();
        Designation d = status.addDesignation(new Designation(0, s.id(), role.id(), 2026, "1期生", null, null, 0));
        assertThat(city.s.staffRecords.detail(s.id()).designations()).singleElement()
                .satisfies(l -> assertThat(l.role()).isEqualTo(role.name()));
        assertThatThrownBy(() -> status.addDesignation(new Designation(0, s.id(), role.id(), 2026, null, null, null,
                0))).isInstanceOf(EditRefusedException.class).hasMessageContaining("令和8年度");
        status.removeDesignation(d);
        assertThat(city.s.staffRecords.detail(s.id()).designations()).isEmpty();
    }

    private DesignationRole firstRole() {
        return city.s.staffRecords.roles().getFirst();
    }
}
