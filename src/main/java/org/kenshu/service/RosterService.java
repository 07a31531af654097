package org.kenshu.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kenshu.model.Assignment;
import org.kenshu.model.Department;
import org.kenshu.model.JobCategory;
import org.kenshu.model.Staff;
import org.kenshu.model.StaffAbsence;
import org.kenshu.model.StaffStatus;
import org.kenshu.model.Tier;
import org.kenshu.store.Repositories;

/** The staff roster and the organisation it is arranged in. */
public final class RosterService {
    private final Repositories repos;

    public RosterService(Repositories repos) {
        this.repos = repos;
    }

    /** Every staff member with the department, tier and job category in force on {@code asOf}. */
    public List<RosterEntry> roster(LocalDate asOf) {
        var names = new DepartmentNames(repos.departments.findAll());
        Map<Long, Tier> tiers = byId(repos.tiers.findAll(), Tier::id);
        Map<Long, JobCategory> jobs = byId(repos.jobCategories.findAll(), JobCategory::id);
        Map<Long, Assignment> current = AssignmentsAsOf.on(repos.assignments.findAll(), asOf);
        Map<Long, List<StaffAbsence>> absences = repos.absences.findAll().stream()
                .collect(Collectors.groupingBy(StaffAbsence::staffId));
        List<RosterEntry> entries = new ArrayList<>();
        for (Staff s : repos.staff.findAll()) {
            Assignment a = current.get(s.id());
            Tier tier = a == null || a.tierId() == null ? null : tiers.get(a.tierId());
            JobCategory job = a == null || a.jobCategoryId() == null ? null : jobs.get(a.jobCategoryId());
            entries.add(new RosterEntry(s.id(), s.employeeNo(), s.name(), s.kana(),
                    a == null ? "" : names.fullName(a.departmentId()),
                    tier == null ? "" : tier.name(), tier == null ? 0 : tier.rank(),
                    job == null ? "" : job.name(),
                    StaffStatus.of(s, absences.getOrDefault(s.id(), List.of()), asOf), s.hiredOn(), s.leftOn()));
        }
        entries.sort(Comparator.comparing(RosterEntry::employeeNo));
        return entries;
    }

    /** One staff member's line as of {@code asOf}, after an edit (so 30,000 rows need not be read again). */
    public RosterEntry entry(long staffId, LocalDate asOf) {
        var names = new DepartmentNames(repos.departments.findAll());
        Staff s = repos.staff.get(staffId);
        Assignment a = AssignmentsAsOf.on(repos.assignments.findByStaff(staffId), asOf).get(staffId);
        Tier tier = a == null || a.tierId() == null ? null : repos.tiers.get(a.tierId());
        JobCategory job = a == null || a.jobCategoryId() == null ? null : repos.jobCategories.get(a.jobCategoryId());
        return new RosterEntry(s.id(), s.employeeNo(), s.name(), s.kana(),
                a == null ? "" : names.fullName(a.departmentId()), tier == null ? "" : tier.name(),
                tier == null ? 0 : tier.rank(), job == null ? "" : job.name(),
                StaffStatus.of(s, repos.absences.findByStaff(staffId), asOf), s.hiredOn(), s.leftOn());
    }

    public List<Department> departments() {
        return repos.departments.findAll();
    }

    public List<Tier> tiers() {
        return repos.tiers.findAll();
    }

    public List<JobCategory> jobCategories() {
        return repos.jobCategories.findAll();
    }

    public int staffCount() {
        return repos.staff.count();
    }

    static <T> Map<Long, T> byId(List<T> list, Function<T, Long> id) {
        return list.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
