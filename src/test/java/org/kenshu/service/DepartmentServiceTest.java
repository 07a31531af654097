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
import org.kenshu.model.Department;
import org.kenshu.model.StaleEditException;
import org.kenshu.model.Staff;

class DepartmentServiceTest {
    static final LocalDate REORG = LocalDate.of(2027, 4, 1);
    @TempDir
    Path dir;
    OrgFixture city;
    DepartmentService departments;

    @BeforeEach
    void open() {
        city = new OrgFixture(dir);
        departments = city.s.departments;
    }

    @AfterEach
    void close() {
        city.close();
    }

    private Department stored(Department d) {
        return city.ws.services().departments.departments().stream().filter(x -> x.id() == d.id()).findFirst()
                .orElseThrow();
    }

    @Test
    void addsAtTheEndOfItsParentAndRenamesAndMoves() {
        Department kakari = departments.add(Department.child("人事係", city.jinji.id()));
        assertThat(kakari.parentId()).isEqualTo(city.jinji.id());
        Department moved = departments.update(new Department(kakari.id(), "J01", "人材育成係", city.kikaku.id(),
                kakari.sortOrder(), null, null, null, kakari.version()));
        assertThat(moved.name()).isEqualTo("人材育成係");
        assertThat(moved.parentId()).isEqualTo(city.kikaku.id());
        assertThat(new DepartmentNames(departments.departments()).fullName(moved.id())).isEqualTo("総務部 企画課 人材育成係");
    }

    @Test
    void aDepartmentCannotMoveUnderItselfOrItsOwnChild() {
        Department soumu = stored(city.soumu);
        assertThatThrownBy(() -> departments.update(new Department(soumu.id(), null, "総務部", city.jinji.id(), 0, null,
                null, null, soumu.version()))).isInstanceOf(EditRefusedException.class).hasMessageContaining("総務部");
    }

    @Test
    void theSameNameTwiceUnderOneParentIsRefusedButAllowedElsewhere() {
        assertThatThrownBy(() -> departments.add(Department.child("人事課", city.soumu.id())))
                .isInstanceOf(EditRefusedException.class);
        Department other = departments.add(Department.root("市民部"));
        assertThat(departments.add(Department.child("人事課", other.id())).name()).isEqualTo("人事課");
    }

    @Test
    void aMergeClosesTheDepartmentAndMovesItsStaffFromTheDateKeepingTheirHistory() {
        Staff a = city.staff("1001", "試験 一郎", city.kikaku, "SHUNIN");
        Staff b = city.staff("1002", "試験 二郎", city.jinji, "SHUJI");
        DepartmentMerge m = departments.merge(stored(city.kikaku), city.jinji.id(), REORG);
        assertThat(m.merged().validTo()).isEqualTo(REORG.minusDays(1));
        assertThat(m.merged().mergedIntoId()).isEqualTo(city.jinji.id());
        assertThat(m.staffMoved()).isEqualTo(1);
        var history = city.ws.services().staffRecords.detail(a.id()).assignments();
        assertThat(history).hasSize(2);
        assertThat(history.getFirst().assignment().departmentId()).isEqualTo(city.kikaku.id());
        assertThat(history.getFirst().assignment().validFrom()).isEqualTo(OrgFixture.HIRED);
        assertThat(history.getLast().assignment().departmentId()).isEqualTo(city.jinji.id());
        assertThat(history.getLast().assignment().validFrom()).isEqualTo(REORG);
        assertThat(history.getLast().assignment().tierId()).isEqualTo(city.tier("SHUNIN").id());
        assertThat(city.ws.services().staffRecords.detail(b.id()).assignments()).hasSize(1);
    }

    @Test
    void aMergeMovesLaterAssignmentsAndSubDepartmentsButNotStaffWhoLeft() {
        Department kakari = departments.add(Department.child("企画係", city.kikaku.id()));
        Staff later = city.staff("1001", "試験 一郎", city.jinji, "SHUJI");
        Assignment planned = city.s.staff.addAssignment(Assignment.of(later.id(), LocalDate.of(2028, 4, 1),
                city.kikaku.id(), city.tier("SHUNIN").id(), null));
        Staff left = city.staff("1002", "試験 二郎", city.kikaku, "SHUJI");
        city.s.staff.update(left.withLeftOn(LocalDate.of(2026, 3, 31), "退職"));
        DepartmentMerge m = departments.merge(stored(city.kikaku), city.jinji.id(), REORG);
        assertThat(m.created()).isEmpty();
        assertThat(m.retargeted()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(planned.id());
            assertThat(a.departmentId()).isEqualTo(city.jinji.id());
        });
        assertThat(m.reparented()).singleElement().extracting(Department::id).isEqualTo(kakari.id());
        assertThat(stored(kakari).parentId()).isEqualTo(city.jinji.id());
    }

    @Test
    void undoOfAMergePutsEverythingBack() {
        Department kakari = departments.add(Department.child("企画係", city.kikaku.id()));
        Staff a = city.staff("1001", "試験 一郎", city.kikaku, "SHUNIN");
        DepartmentMerge m = departments.merge(stored(city.kikaku), city.jinji.id(), REORG);
        departments.revertMerge(m);
        Department back = stored(city.kikaku);
        assertThat(back.validTo()).isNull();
        assertThat(back.mergedIntoId()).isNull();
        assertThat(stored(kakari).parentId()).isEqualTo(city.kikaku.id());
        assertThat(city.ws.services().staffRecords.detail(a.id()).assignments()).hasSize(1);
    }

    @Test
    void mergingIntoItselfItsChildOrAClosedDepartmentIsRefused() {
        Department kakari = departments.add(Department.child("企画係", city.kikaku.id()));
        assertThatThrownBy(() -> departments.merge(stored(city.kikaku), city.kikaku.id(), REORG))
                .isInstanceOf(EditRefusedException.class);
        assertThatThrownBy(() -> departments.merge(stored(city.kikaku), kakari.id(), REORG))
                .isInstanceOf(EditRefusedException.class);
        Department shomu = departments.add(Department.child("庶務課", city.soumu.id()));
        departments.merge(stored(shomu), city.jinji.id(), REORG);
        assertThatThrownBy(() -> departments.merge(stored(city.kikaku), shomu.id(), REORG))
                .isInstanceOf(EditRefusedException.class).hasMessageContaining("庶務課");
    }

    @Test
    void aMergeOverAChangeMadeElsewhereIsStaleAndWritesNothing() {
        Department old = stored(city.kikaku);
        departments.update(new Department(old.id(), null, "企画政策課", old.parentId(), old.sortOrder(), null, null, null,
                old.version()));
        city.staff("1001", "試験 一郎", city.kikaku, "SHUNIN");
        assertThatThrownBy(() -> departments.merge(old, city.jinji.id(), REORG)).isInstanceOf(StaleEditException.class);
        assertThat(stored(city.kikaku).mergedIntoId()).isNull();
    }
}
