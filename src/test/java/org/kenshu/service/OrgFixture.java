package org.kenshu.service;

import java.nio.file.Path;
import java.time.LocalDate;
import org.kenshu.model.Assignment;
import org.kenshu.model.Department;
import org.kenshu.model.Staff;
import org.kenshu.model.Tier;
import org.kenshu.store.TestStore;

/**
 * A small fictional city for the edit-service tests: 入間市's tiers and competency model, two
 * departments under 総務部, and staff hired on 2020-04-01. TestStore.CLOCK says 2026-11-21.
 */
public final class OrgFixture implements AutoCloseable {
    public static final LocalDate HIRED = LocalDate.of(2020, 4, 1);
    public final Workspace ws;
    public final Services s;
    public final Department soumu;
    public final Department jinji;
    public final Department kikaku;

    public OrgFixture(Path dir) {
        ws = Workspace.open(dir, (f, h, p) -> { }, TestStore.CLOCK);
        s = ws.services();
        s.presets.apply("iruma", "試験市");
        soumu = s.departments.add(Department.root("総務部"));
        jinji = s.departments.add(Department.child("人事課", soumu.id()));
        kikaku = s.departments.add(Department.child("企画課", soumu.id()));
    }

    public Tier tier(String code) {
        return s.tiers.tiers().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    /** A staff member hired on {@link #HIRED} into {@code department} at tier {@code tierCode}. */
    public Staff staff(String number, String name, Department department, String tierCode) {
        return s.staff.add(Staff.of(number, name, null, HIRED),
                Assignment.of(0, HIRED, department.id(), tier(tierCode).id(), null));
    }

    @Override
    public void close() {
        ws.close();
    }
}
