package org.kenshu.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kenshu.model.Assignment;
import org.kenshu.model.Designation;
import org.kenshu.model.DesignationRole;
import org.kenshu.model.I18n;
import org.kenshu.model.Staff;
import org.kenshu.model.Tier;
import org.kenshu.service.goals.Completers;
import org.kenshu.store.Database;
import org.kenshu.store.Repositories;

/**
 * 役割・認定: who holds which role in a fiscal year (DX推進リーダー with cohort 1期生…, DXer, メンター,
 * 内部講師, 評定者). HEADCOUNT goals count them. Roles can be granted to people chosen from those
 * who completed a set of courses.
 */
public final class DesignationService {
    private static final Pattern COHORT = Pattern.compile("(\\d+)");
    private final Database db;
    private final Repositories repos;
    private final Clock clock;
    private final Completers completers;

    public DesignationService(Database db, Repositories repos, Clock clock) {
        this.db = db;
        this.repos = repos;
        this.clock = clock;
        this.completers = new Completers(repos);
    }

    /** A holder of a role in a year, with what the list shows. */
    public record Holder(Designation designation, String role, String employeeNo, String name, String department,
            String tier) {
    }

    public List<DesignationRole> roles() {
        return repos.designationRoles.findAll();
    }

    /** Holders of every role in {@code fiscalYear}, by role then employee number. */
    public List<Holder> holders(int fiscalYear) {
        Map<Long, DesignationRole> roles = RosterService.byId(roles(), DesignationRole::id);
        Map<Long, Staff> staff = RosterService.byId(repos.staff.findAll(), Staff::id);
        Map<Long, Tier> tiers = RosterService.byId(repos.tiers.findAll(), Tier::id);
        var names = new DepartmentNames(repos.departments.findAll());
        Map<Long, Assignment> current = AssignmentsAsOf.on(repos.assignments.findAll(), LocalDate.now(clock));
        List<Holder> holders = new ArrayList<>();
        for (Designation d : repos.designations.findByFiscalYear(fiscalYear)) {
            Staff s = staff.get(d.staffId());
            Assignment a = current.get(d.staffId());
            Tier t = a == null || a.tierId() == null ? null : tiers.get(a.tierId());
            DesignationRole role = roles.get(d.roleId());
            holders.add(new Holder(d, role == null ? "" : role.name(), s.employeeNo(), s.name(),
                    a == null ? "" : names.fullName(a.departmentId()), t == null ? "" : t.name()));
        }
        holders.sort(Comparator.comparing((Holder h) -> roles.containsKey(h.designation().roleId())
                ? roles.get(h.designation().roleId()).sortOrder() : 0)
                .thenComparing(h -> h.designation().roleId()).thenComparing(Holder::employeeNo));
        return holders;
    }

    public Optional<Staff> staff(String employeeNo) {
        return employeeNo == null ? Optional.empty() : repos.staff.findByEmployeeNo(employeeNo.strip());
    }

    /**
     * Grants {@code roleId} in {@code fiscalYear} to each of {@code staffIds} who does not hold it
     * yet; returns the designations created (for undo).
     */
    public List<Designation> grant(Set<Long> staffIds, long roleId, int fiscalYear, String cohort, LocalDate grantedOn,
            String note) {
        return db.inTransaction(() -> {
            List<Designation> created = new ArrayList<>();
            for (long staffId : staffIds) {
                boolean holds = repos.designations.findByStaff(staffId).stream()
                        .anyMatch(d -> d.roleId() == roleId && d.fiscalYear() == fiscalYear);
                if (!holds) {
                    Designation d = repos.designations.insert(new Designation(0, staffId, roleId, fiscalYear,
                            blankToNull(cohort), grantedOn, blankToNull(note), 0));
                    repos.audit.record("INSERT", "designation", d.id(), "role " + roleId + " FY" + fiscalYear);
                    created.add(d);
                }
            }
            return created;
        });
    }

    /** Saves the cohort, date and note of a designation (version checked). */
    public Designation save(Designation d) {
        return db.inTransaction(() -> {
            Designation saved = repos.designations.update(new Designation(d.id(), d.staffId(), d.roleId(),
                    d.fiscalYear(), blankToNull(d.cohort()), d.grantedOn(), blankToNull(d.note()), d.version()));
            repos.audit.record("UPDATE", "designation", d.id(), "role " + d.roleId() + " FY" + d.fiscalYear());
            return saved;
        });
    }

    /** Removes designations (as of their versions). */
    public void revoke(List<Designation> designations) {
        db.inTransaction(() -> {
            for (Designation d : designations) {
                repos.designations.delete(d);
                repos.audit.record("DELETE", "designation", d.id(), "role " + d.roleId() + " FY" + d.fiscalYear());
            }
        });
    }

    /** Puts back designations that were revoked (undo), with new ids. */
    public List<Designation> restore(List<Designation> designations) {
        return db.inTransaction(() -> designations.stream().map(d -> {
            Designation again = repos.designations.insert(new Designation(0, d.staffId(), d.roleId(),
                    d.fiscalYear(), d.cohort(), d.grantedOn(), d.note(), 0));
            repos.audit.record("INSERT", "designation", again.id(), "undo revoke");
            return again;
        }).toList());
    }

    /** Staff who completed the courses ({@code all} of them, or any) in the fiscal years given. */
    public List<Completers.Completer> completers(Set<Long> courseIds, boolean all, int fromYear, int toYear) {
        if (courseIds.isEmpty()) {
            return List.of();
        }
        return completers.of(courseIds, all, fromYear, toYear, LocalDate.now(clock));
    }

    /** The next cohort of a role: 「N期生」 after the highest one given so far (「1期生」 for the first). */
    public String nextCohort(long roleId) {
        int highest = 0;
        for (Designation d : repos.designations.findAll()) {
            Matcher m = d.roleId() == roleId && d.cohort() != null ? COHORT.matcher(d.cohort()) : null;
            if (m != null && m.find()) {
                highest = Math.max(highest, Integer.parseInt(m.group(1)));
            }
        }
        return I18n.t("designations.cohort", highest + 1);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
