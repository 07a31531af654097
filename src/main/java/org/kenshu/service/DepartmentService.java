package org.kenshu.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kenshu.model.Assignment;
import org.kenshu.model.Department;
import org.kenshu.store.Database;
import org.kenshu.store.Repositories;

/**
 * Edits of the department tree (所属): add, rename, move and merge on reorganisation. A merge closes
 * the department (valid_to, merged_into_id) and moves its staff to the target from the merge date
 * with new assignment rows: the assignment history before that date is never rewritten.
 */
public final class DepartmentService {
    private final Database db;
    private final Repositories repos;
    private final Edits<Department> edits;
    private final Edits<Assignment> assignments;

    public DepartmentService(Database db, Repositories repos) {
        this.db = db;
        this.repos = repos;
        this.edits = new Edits<>(repos.departments, repos.audit, "department", DepartmentService::withVersion,
                d -> "department " + d.id());
        this.assignments = new Edits<>(repos.assignments, repos.audit, "assignment", StaffService::withVersion,
                a -> "assignment of staff " + a.staffId() + " from " + a.validFrom());
    }

    public List<Department> departments() {
        return repos.departments.findAll();
    }

    /** A new department at the end of its parent's children (top level when the parent is null). */
    public Department add(Department d) {
        return db.inTransaction(() -> {
            List<Department> all = repos.departments.findAll();
            check(d, all);
            int order = all.stream().filter(o -> Objects.equals(o.parentId(), d.parentId()))
                    .mapToInt(Department::sortOrder).max().orElse(0) + 1;
            return edits.insert(new Department(0, Names.blankToNull(d.code()), d.name().strip(), d.parentId(), order,
                    d.validFrom(), null, null, 0));
        });
    }

    /** Rename, change the code, or move under another parent (never under itself or its own sub-departments). */
    public Department update(Department d) {
        return db.inTransaction(() -> {
            check(d, repos.departments.findAll());
            return edits.update(new Department(d.id(), Names.blankToNull(d.code()), d.name().strip(), d.parentId(),
                    d.sortOrder(), d.validFrom(), d.validTo(), d.mergedIntoId(), d.version()));
        });
    }

    public Department revert(Department saved, Department before) {
        return db.inTransaction(() -> edits.revert(saved, before));
    }

    /** Undo of an add: removes the department if no staff and no sub-department uses it. */
    public void remove(Department saved) {
        db.inTransaction(() -> {
            boolean used = !repos.assignments.findByDepartment(saved.id()).isEmpty()
                    || repos.departments.findAll().stream().anyMatch(o -> Objects.equals(o.parentId(), saved.id()));
            if (used) {
                throw new EditRefusedException("department.cannotRemove", saved.name());
            }
            edits.remove(saved);
        });
    }

    /** Merges {@code d} into {@code targetId} on {@code on}: {@code d} is valid until the day before. */
    public DepartmentMerge merge(Department d, long targetId, LocalDate on) {
        return db.inTransaction(() -> {
            List<Department> all = repos.departments.findAll();
            Department target = repos.departments.get(targetId);
            checkMerge(d, target, on, all);
            Department merged = edits.update(new Department(d.id(), d.code(), d.name(), d.parentId(), d.sortOrder(),
                    d.validFrom(), on.minusDays(1), targetId, d.version()));
            List<Department> reparented = new ArrayList<>();
            for (Department child : all) {
                if (Objects.equals(child.parentId(), d.id()) && child.mergedIntoId() == null) {
                    reparented.add(edits.update(withParent(child, targetId)));
                }
            }
            List<Assignment> created = new ArrayList<>();
            List<Assignment> retargeted = new ArrayList<>();
            moveStaff(d.id(), targetId, on, created, retargeted);
            repos.audit.record("MERGE", "department", d.id(), "department " + d.id() + " into " + targetId + " from "
                    + on + ": " + created.size() + " new and " + retargeted.size() + " moved assignments");
            return new DepartmentMerge(d, merged, target, on, created, retargeted, reparented);
        });
    }

    /** Undo of a merge: removes what it created and puts back what it moved, if nothing changed since. */
    public Department revertMerge(DepartmentMerge m) {
        return db.inTransaction(() -> {
            for (Assignment a : m.created()) {
                assignments.remove(a);
            }
            for (Assignment a : m.retargeted()) {
                assignments.revert(a, StaffService.withDepartment(a, m.before().id()));
            }
            for (Department child : m.reparented()) {
                edits.revert(child, withParent(child, m.before().id()));
            }
            return edits.revert(m.merged(), m.before());
        });
    }

    /** New rows from the merge date for staff in force there; later rows already entered are moved. */
    private void moveStaff(long from, long to, LocalDate on, List<Assignment> created, List<Assignment> retargeted) {
        var staffIds = repos.assignments.findByDepartment(from).stream().map(Assignment::staffId).distinct().toList();
        for (long staffId : staffIds) {
            List<Assignment> history = repos.assignments.findByStaff(staffId);
            var left = repos.staff.get(staffId).leftOn();
            history.stream().filter(a -> a.validFrom().isBefore(on)).max(Comparator.comparing(Assignment::validFrom))
                    .filter(a -> Objects.equals(a.departmentId(), from))
                    .filter(a -> left == null || !left.isBefore(on))
                    .filter(a -> history.stream().noneMatch(h -> h.validFrom().equals(on)))
                    .ifPresent(a -> created.add(assignments.insert(new Assignment(0, staffId, on, to, a.tierId(),
                            a.jobCategoryId(), a.salaryGrade(), a.positionTitle(), a.promotedOn(), 0))));
            for (Assignment a : history) {
                if (!a.validFrom().isBefore(on) && Objects.equals(a.departmentId(), from)) {
                    retargeted.add(assignments.update(StaffService.withDepartment(a, to)));
                }
            }
        }
    }

    private void check(Department d, List<Department> all) {
        Names.require(d.name(), "department.nameRequired");
        Names.unique(all, d.id(), Department::id, Department::code, d.code(), "department.codeTaken");
        boolean sameNameHere = all.stream().anyMatch(o -> o.id() != d.id() && o.mergedIntoId() == null
                && Objects.equals(o.parentId(), d.parentId()) && o.name().equals(d.name().strip()));
        if (sameNameHere) {
            throw new EditRefusedException("department.nameTakenHere", d.name().strip());
        }
        if (d.parentId() != null && d.id() != 0 && isWithin(d.parentId(), d.id(), all)) {
            throw new EditRefusedException("department.moveIntoItself", d.name());
        }
    }

    private void checkMerge(Department d, Department target, LocalDate on, List<Department> all) {
        if (on == null) {
            throw new EditRefusedException("department.mergeDateRequired");
        }
        if (d.mergedIntoId() != null) {
            throw new EditRefusedException("department.alreadyMerged", d.name());
        }
        if (target.id() == d.id() || isWithin(target.id(), d.id(), all)) {
            throw new EditRefusedException("department.mergeIntoItself", d.name(), target.name());
        }
        if (target.mergedIntoId() != null || (target.validTo() != null && target.validTo().isBefore(on))) {
            throw new EditRefusedException("department.targetClosed", target.name());
        }
        if (d.validFrom() != null && !on.isAfter(d.validFrom())) {
            throw new EditRefusedException("department.mergeBeforeStart", d.name());
        }
    }

    /** True when {@code id} is {@code ancestor} or lies below it. */
    static boolean isWithin(long id, long ancestor, List<Department> all) {
        Map<Long, Department> byId = all.stream().collect(Collectors.toMap(Department::id, Function.identity()));
        Long current = id;
        for (int guard = 0; current != null && guard <= all.size(); guard++) {
            if (current == ancestor) {
                return true;
            }
            Department d = byId.get(current);
            current = d == null ? null : d.parentId();
        }
        return false;
    }

    static Department withVersion(Department d, int version) {
        return new Department(d.id(), d.code(), d.name(), d.parentId(), d.sortOrder(), d.validFrom(), d.validTo(),
                d.mergedIntoId(), version);
    }

    private static Department withParent(Department d, Long parentId) {
        return new Department(d.id(), d.code(), d.name(), parentId, d.sortOrder(), d.validFrom(), d.validTo(),
                d.mergedIntoId(), d.version());
    }
}
